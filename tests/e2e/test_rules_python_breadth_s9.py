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
- ``for a, b in zip(xs, ys)``: an index loop to the shortest length, checked at each pass
  (a variable the loop rebinds, or a computed list, refused: zip holds the object it was given);
- ``sum(xs, start)`` / ``sum(xs, start=...)`` of integers (floats refused: their rounding depends
  on the order of the additions);
- ``any(xs)`` / ``all(xs)`` of a list, array, set or str: the elements' truth values, stopping
  at the first true (any) or false (all);
- ``str.index``/``str.rindex`` (with start and end): ``find``/``rfind``, or Python's ValueError
  where they give -1;
- ``max(xs, key=f)`` / ``min(xs, key=f)`` (a lambda, ``len``, ``abs``): the first element whose key
  is largest (smallest), each key computed once; ValueError of an empty sequence;
- ``c * n`` of a character and a count that may be negative: Python's empty string (C++
  ``string(n, c)`` and Java ``repeat(n)`` fail below zero): ``max(0, n)`` unless n is shown >= 0;
- ``int(x)`` of a float whose value the range analysis finds beyond 32 bits is a 64-bit integer
  (``(int) 7.5e9`` was undefined in C++ and saturated in Java);
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
    "zip_loops": '''
def dot(xs, ys):
    t = 0
    for a, b in zip(xs, ys):
        t += a * b
    return t


def same_chars(s: str, u: str) -> int:
    n = 0
    for c, d in zip(s, u):
        if c == d:
            n += 1
    return n


def last_pair(xs: list[int], ys: list[int]) -> int:
    a = -1
    b = -1
    for a, b in zip(xs, ys):
        pass
    return a * 100 + b


def triple(xs: list[int], ys: list[int], zs: list[int]) -> int:
    best = 0
    for a, b, c in zip(xs, ys, zs):
        best = max(best, a + b + c)
    return best


if __name__ == "__main__":
    print(dot([1, 2, 3], [4, 5]), dot([], [1]), dot([2, 2], [3, 3, 3]))
    print(same_chars("abcd", "abxdz"), same_chars("", "a"))
    print(last_pair([1, 2, 3], [7, 8]), last_pair([], [1]))
    print(triple([1, 5, 2], [1, 1, 9], [0, 0, 0, 4]))
''',
    "sum_with_start": '''
def total(xs: list[int], s: int) -> int:
    return sum(xs, s) + sum(xs, start=1) + sum((x * x for x in xs), 100)


def big(xs: list[int]) -> int:
    return sum(xs, 2000000000)


if __name__ == "__main__":
    print(total([1, 2, 3], 10), total([], -5))
    print(big([2000000000, 2000000000]))
''',
    "any_all_of_sequences": '''
def checks(xs: list[int], flags: list[bool], s: str) -> str:
    a = any(xs)
    b = all(xs)
    c1 = any(flags)
    c2 = all(flags)
    c = c1 or c2
    d = all(s)
    e = any(set(xs))
    return str(a) + str(b) + str(c) + str(d) + str(e)


if __name__ == "__main__":
    print(checks([0, 0], [False], ""))
    print(checks([1, 0, 3], [True, False], "ab"))
    print(checks([], [], "x"))
    print(checks([5, 6], [True, True], "xyz"))
''',
    "str_index_rindex": '''
def where(s: str, sub: str) -> int:
    try:
        return s.index(sub) * 100 + s.rindex(sub)
    except ValueError:
        return -1


def after(s: str, k: int) -> int:
    return s.index("a", k) + s.rindex("a", 0, k)


if __name__ == "__main__":
    print(where("banana", "an"), where("banana", "x"), where("", ""), where("abc", ""))
    print(after("banana", 2), after("aaaa", 1))
    try:
        print(after("bbbb", 0))
    except ValueError:
        print("ValueError")
''',
    "max_min_with_key": '''
def longest(words: list[str]) -> str:
    return max(words, key=len)


def closest(xs: list[int], t: int) -> int:
    return min(xs, key=lambda v: abs(v - t))


def last_digit_max(xs: list[int]) -> int:
    return max(xs, key=lambda v: v % 10)


def safe(xs: list[int]) -> int:
    try:
        return max(xs, key=abs)
    except ValueError:
        return -999


if __name__ == "__main__":
    print(longest(["ab", "xyz", "pqr", "a"]), closest([1, 7, 3, 5], 4), last_digit_max([19, 29, 8]))
    print(safe([]), safe([-5, 5, 3]))
''',
    "char_repeated_a_negative_number_of_times": '''
def bar(n: int, k: int) -> str:
    s = "ab"
    return "-" * n + "|" + "=" * k + "|" + "*" * len(s) + "." * 2


if __name__ == "__main__":
    print(bar(3, 5), bar(-2, 1), bar(4, -2), bar(0, 0))
''',
    "int_of_a_float_beyond_32_bits": '''
def scaled(n: int) -> int:
    return int(n * 3.5) - int(-n / 0.25)


if __name__ == "__main__":
    print(scaled(2000000000), scaled(-2000000000), scaled(7))
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
        ("def f(xs: list[int], ys: list[int]) -> int:\n    t = 0\n    for a, b in zip(xs, ys[1:]):\n        t += a * b\n    return t\n",
         "zip() of a value other than a variable the loop keeps or a str", "line 3:25"),
        ("def f(xs: list[int], ys: list[int]) -> int:\n    t = 0\n    for a, b in zip(xs, ys):\n        ys = xs\n        t += a * b\n    return t\n",
         "zip() of a value other than a variable the loop keeps or a str", "line 3:25"),
        ("def f(d: dict[int, int]) -> bool:\n    return any(d)\n", "any() of a dict", "line 2:16"),
        ("def f(d: set[int]) -> int:\n    return max(d, key=abs)\n", "max() with a key of a set", "line 2:16"),
        ("def f(xs: list[float]) -> float:\n    return sum(xs, 0.5)\n", "sum() with a start value, of other than integers", "line 2:12"),
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
