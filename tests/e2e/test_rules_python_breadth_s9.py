"""Python sources, session 9 (issues 13 and 14), correct or refuse, each translation built and run
against its source:

- a function whose end may be reached, or which has a bare ``return``, returns None there, as
  Python does: its result is an optional where another path returns a value (C++
  ``std::optional``, Java a boxed type; was a C++ function falling off its end, undefined, and a
  Java ``return false``/``return 0`` Python never computes), refused where a pinned interface has
  no None;
- ``print()`` of a call of a function returning nothing runs the call and prints ``None``;
  ``print()`` of a value that may be None prints ``None`` or the value as Python prints it;
- two results that may be None compared with ``==``/``!=``: equal values or both None (Java
  ``Objects.equals``, not the identity of two boxes);
- ``f() == g()`` (``is``, ``!=``, ``None``) of functions returning nothing: the calls run in order,
  first, and the answer is known (refused inside another expression, whose order would change);
- a call whose result may be None used as a number (``g(x) + 1``) is refused with its place (it
  printed an ``optional<int> + int`` that did not build).
"""

from __future__ import annotations

from functools import cache

import pytest

from transcoder import translate
from transcoder.engines.rules import RulesEngine
from transcoder.errors import TranscoderError
from transcoder.verify.runners import Limits, RunResult, run_program

LIMITS = Limits(wall_seconds=20.0)

PROGRAMS = {
    "implicit_none_results": '''
def first_above(xs, limit):
    for i in range(len(xs)):
        if xs[i] > limit:
            return i


def sign_name(n):
    if n > 0:
        return "positive"
    elif n < 0:
        return "negative"


def halve(n):
    if n % 2 == 1:
        return
    return n // 2


def count_until(n):
    total = 0
    while True:
        total += n
        if total > 100:
            return total


def flag(n):
    if n > 3:
        return True


def ratio(a, b):
    if b != 0:
        return a / b


def use(xs, limit):
    found = first_above(xs, limit)
    if found is None:
        return -1
    return found * 10


if __name__ == "__main__":
    xs = [3, 9, 1, 12]
    for limit in [0, 5, 10, 20]:
        print(first_above(xs, limit))
        print(use(xs, limit))
    for n in [-4, 0, 7]:
        print(sign_name(n), halve(n), count_until(n + 8))
        print(flag(n))
        print(ratio(n, n + 4))
''',
    "optional_results_compared": '''
def scaled(x):
    if x > 0:
        return x * 1000


def named(x):
    if x % 3 == 0:
        return "fizz"


def same(x, y):
    return scaled(x) == scaled(y)


if __name__ == "__main__":
    for x, y in [(3, 3), (-1, -2), (-1, 2), (5, 4), (700, 700)]:
        print(same(x, y), scaled(x) != scaled(y), named(x) == named(y))
''',
    "void_calls_compared": '''
def fill(a, i):
    a[i] = a[i] + 1


def run():
    a = [1, 2, 3]
    if fill(a, 0) == fill(a, 1):
        print("same", a[0], a[1])
    same = fill(a, 2) is None
    print(same, a[2])
    if a[0] > 5:
        print("big")
    elif fill(a, 0) != None:
        print("never")
    print(a[0])


if __name__ == "__main__":
    run()
''',
    "print_of_none": '''
def fill(a, i):
    a[i] = 7
    if i == 0:
        return
    fill(a, i - 1)


def run():
    a = [1, 2, 3]
    print(fill(a, 2))
    print("after", fill(a, 1), a[0])
    print(None)
    print(a[0], a[1], a[2])


if __name__ == "__main__":
    run()
''',
}


@cache
def _run(language: str, code: str) -> RunResult:
    return run_program(language, code, limits=LIMITS)


@pytest.mark.parametrize("target", ["cpp", "java"])
@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_program_prints_what_python_prints(name: str, target: str) -> None:
    code = PROGRAMS[name].lstrip()
    expected = _run("python", code)
    assert expected.exit_code == 0, expected.stderr[-500:]
    translation = translate(code, source="python", target=target, output="file")
    actual = _run(target, translation)
    assert actual.stdout == expected.stdout, f"{target}:\n{translation}\n{actual.stderr[-800:]}"


@pytest.mark.parametrize(
    ("code", "named", "where"),
    [
        ("def g(x):\n    if x > 0:\n        return 1\n\ndef k(x):\n    return g(x) + 1\n", "what 'g' returns", "line 6:12"),
        ("def g(x):\n    if x > 0:\n        return 1\n\ndef k(x):\n    return abs(g(x))\n", "what 'g' returns", "line 6:16"),
        ("def g(x):\n    if x > 0:\n        return 1\n\ndef k(x):\n    y = 0\n    y += g(x)\n    return y\n",
         "what 'g' returns", "line 7:10"),
        ("def g(a):\n    a[0] = 5\n\ndef k(a):\n    return 1 + (g(a) == g(a))\n", "a comparison of calls returning None inside another expression",
         "line 5:17"),
        ("def g(a):\n    a[0] = 5\n\ndef k(a):\n    print(a[0], g(a))\n", "print() of a call returning None after other values",
         "line 5:17"),
    ],
)  # fmt: skip
@pytest.mark.parametrize("target", ["cpp", "java"])
def test_a_value_that_may_be_none_used_as_a_number_is_refused(code: str, named: str, where: str, target: str) -> None:
    with pytest.raises(TranscoderError) as error:
        translate(code, source="python", target=target)
    message = str(error.value)
    assert named in message and where in message and "\n" not in message.strip()


@pytest.mark.parametrize("target", ["cpp", "java"])
def test_the_end_reached_under_a_pinned_interface_without_none_is_refused(target: str) -> None:
    code = "def f(n):\n    if n > 0:\n        return n * 2\n"
    signature = "int f(int n)" if target == "cpp" else "static int f(int n)"
    with pytest.raises(TranscoderError) as error:
        RulesEngine().translate(code, "python", target, signature=signature)
    assert "the end of 'f' reached: Python returns None" in str(error.value) and "line 2:5" in str(error.value)


@pytest.mark.parametrize("target", ["cpp", "java"])
def test_a_body_that_cannot_reach_its_end_keeps_a_plain_result(target: str) -> None:
    code = (
        "def f(n):\n    if n > 0:\n        return 1\n    else:\n        return 2\n\n\n"
        "def g(n):\n    while True:\n        n += 1\n        if n > 9:\n            return n\n\n\n"
        "def h(n):\n    try:\n        return n // 2\n    except ZeroDivisionError:\n        return 0\n"
    )
    translation = translate(code, source="python", target=target)
    assert "optional" not in translation and "Integer" not in translation and "null" not in translation
