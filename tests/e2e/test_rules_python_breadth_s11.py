"""Python sources, session 11 (issue 13, breadth, and output that builds), correct or refuse, each
translation built and run in C++ and Java against its source on inputs that include the edge cases:

- a ``def main()`` beside the ``__main__`` block: C++ has one ``main`` (the entry point), so the
  user's function is renamed (``void main()`` beside ``int main()`` did not build);
- two folds in one statement (``any(...) and all(...)``, ``sum(...) + sum(...)``): the second
  fold's loop took the statements the first had left pending, so its variable was declared
  nowhere (refused: "name 'found' is defined nowhere");
- a conditional expression whose branch needs statements (``max(ws, key=len) if ws else ""``,
  ``s.index(c) if c in s else -1``): each branch's statements run only where Python evaluates it
  (was refused);
- one-character str literals in a dict, set or comprehension passed where ``dict[str, int]`` /
  ``set[str]`` / ``list[str]`` is taken (the front end types them as chars: ``Map<Character,
  Integer>`` did not build against ``Map<String, Integer>``);
- ``enumerate(s.split())``, ``enumerate(f(x), start)``: the sequence computed once before the loop
  (was refused: "variable 'parts' used before it is assigned", and a call would have run at each
  pass);
- ``min([a, b])`` / ``sum(f(x))`` of a temporary in C++: ``min_element`` was given the iterators of
  two different temporaries (a crash or garbage);
- ``for c in "text"`` in C++: a loop over the literal's char array also took its terminating
  ``'\\0'`` (one iteration too many, silently), and ``-2147483648`` as a C++ int
  (``max(-2147483648, x)`` did not build: the literal negates a long); both back-end lines went in
  with edb3069;
- ``s.replace(old, new, count)``: the first ``count`` replacements (all for a negative count, an
  empty ``old`` computed at run time included: before each character and at the end); was refused;
- a new container passed to a function that changes it in place (``bump({}, k)``, ``grow([1, 2],
  v)``): C++ binds no temporary to the ``T&`` parameter (did not build); now ``as_lvalue(...)``, a
  helper that lends the temporary for the call, which nothing reads afterwards, as in Python;
- ``str(xs)`` of a list, dict, set or tuple is refused with its place: C++ printed
  ``to_string(xs)``, which does not build, and Java printed an array's address or a list of
  strings without Python's quotes (``[a, bc]`` for ``['a', 'bc']``).
"""

from __future__ import annotations

from functools import cache

import pytest

from transcoder import translate
from transcoder.errors import TranscoderError
from transcoder.verify.runners import Limits, RunResult, run_program

LIMITS = Limits(wall_seconds=20.0)

PROGRAMS = {
    "main_beside_entry": """
def helper(n):
    return n * 2


def main():
    print(helper(3))
    print(helper(-4))


if __name__ == "__main__":
    main()
    main()
""",
    "two_folds": """
def both(xs, ys):
    return any(x > 2 for x in xs) and all(x > 0 for x in ys)


def sums(xs, ys):
    return sum(x for x in xs) + sum(x * 2 for x in ys)


def extremes(xs, ys):
    return max(x for x in xs) - min(y for y in ys if y != 0)


if __name__ == "__main__":
    for xs, ys in [([1, 2, 3], [4, 5]), ([0], [1, -1]), ([5], [])]:
        print(both(xs, ys), sums(xs, ys))
    print(extremes([3, 9, -2], [0, 4, 7]), extremes([-5], [0, -3]))
""",
    "branch_statements": """
def longest(words):
    return max(words, key=len) if words else ""


def position(s, c):
    return s.index(c) if c in s else -1


def pick(xs, flag):
    return sum(x * x for x in xs) if flag else max(x for x in xs)


if __name__ == "__main__":
    print("[" + longest(["a", "bbb", "cc", "ddd"]) + "]", "[" + longest([]) + "]")
    for s in ["abc", "", "cab"]:
        print(position(s, "c"), position(s, "z"))
    print(pick([3, -4, 1], True), pick([3, -4, 1], False))
""",
    "char_literals_as_str": """
def size(d: dict[str, int]) -> int:
    return len(d)


def count(d: dict[str, int], k: str) -> int:
    d[k] = d.get(k, 0) + 1
    return d[k] * 10 + len(d)


def members(s: set[str], xs: list[str]) -> str:
    return ",".join(sorted(s)) + "|" + ",".join(xs)


def run() -> None:
    e = {"a": 1}
    print(size(e), count(e, "a"), count(e, "bc"))
    print(size({"x": 2, "y": 3}), count({"q": 7}, "q"))
    print(members({"b", "a"}, ["z"]))
    print(members({c for c in "abca"}, [c + c for c in "xy"]))
    letters = {"p"}
    more = ["w"]
    more.append("v")
    print(members(letters, more))


if __name__ == "__main__":
    run()
""",
    "enumerate_computed": """
calls: list[str] = []


def words(s):
    calls.append(s)
    return s.split()


def f(s):
    out = []
    for i, w in enumerate(s.split()):
        out.append(str(i) + w)
    for i, w in enumerate(words(s), len(s) - 2):
        out.append(str(i) + w)
    for i, c in enumerate(s.upper()[1:]):
        out.append(str(i) + c)
    for i, x in enumerate(sorted([3, 1, 2]), 1):
        out.append(str(i * x))
    return ",".join(out)


if __name__ == "__main__":
    print(f("a bb  ccc"))
    print(f(""))
    print(f("x"))
    print(len(calls))
""",
    "reductions_of_temporaries": """
def squares(n):
    return [i * i for i in range(n)]


def f(a, b, s):
    total = sum([a, b, 7]) + sum(squares(4), a)
    low = min([a, b]) + max([a, -5])
    word = min(s.split()) + max(s.split())
    return str(total) + ":" + str(low) + ":" + word


if __name__ == "__main__":
    print(f(3, -4, "pear apple fig"))
    print(f(-20, 2147483647, "b a"))
""",
    "literal_text_loops": """
def vowels() -> int:
    n = 0
    total = 0
    for c in "education":
        total += 1
        if c in "aeiou":
            n += 1
    return n * 100 + total


def codes() -> str:
    seen = {c for c in "mississippi"}
    return str(len(seen)) + ":" + ",".join(str(ord(c)) for c in "az") + ":" + str(len([c for c in "xyz"]))


if __name__ == "__main__":
    print(vowels(), codes())
""",
    "smallest_int_literal": """
def squares(n):
    return [i * i for i in range(n)]


def f(a, b, s):
    total = sum([a, b, -2147483648]) + sum(squares(4), a)
    low = min([a, b]) + max([a, -2147483648])
    word = min(s.split()) + max(s.split())
    return str(total) + ":" + str(low) + ":" + word + ":" + str(max(-2147483648, a))


def g(xs):
    ys = [-2147483648, 7]
    ys.extend(xs)
    return min(ys), max(-2147483648, -2147483647), sorted(ys)[0]


if __name__ == "__main__":
    print(f(3, -4, "pear apple fig"))
    print(f(-2147483648, 2147483647, "b a"))
    low, high, first = g([-2147483648, 0, 2147483647])
    print(low, high, first)
""",
    "replace_count": """
def once(s, a, b):
    return s.replace(a, b, 1)


def some(s, a, b, n):
    return s.replace(a, b, n)


if __name__ == "__main__":
    for s in ["", "a", "aaaa", "abcabc", "xyz", "banana"]:
        print("[" + once(s, "a", "-") + "]", "[" + once(s, "an", "AN") + "]")
        for n in [-5, -1, 0, 1, 2, 3, 10, 2147483647]:
            print("[" + some(s, "a", "<>", n) + "]", "[" + some(s, "", ".", n) + "]", "[" + some(s, "bc", "", n) + "]")
""",
    "temporaries_changed_in_place": """
def bump(d: dict[str, int], k: str) -> int:
    d[k] = d.get(k, 0) + 1
    return d[k] * 10 + len(d)


def grow(xs: list[int], v: int) -> int:
    xs.append(v)
    return sum(xs)


def mark(s: set[int], v: int) -> int:
    s.add(v)
    return len(s)


if __name__ == "__main__":
    print(bump({"ab": 1}, "ab"), bump({}, "x"), bump({"q": 2, "r": 3}, "z"))
    print(grow([1, 2], 3), grow([], 5), grow([x * 2 for x in range(3)], 1))
    print(mark({1, 2}, 2), mark(set(), 7), mark({x % 3 for x in range(10)}, 5))
""",
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
        ("def f(s: str, n: int) -> str:\n    return s.upper() if n > 0 else s.zfill(n, 2)\n", "str.zfill() with 2 arguments", "line 2:36"),
        ("def f(s: str, n: float) -> str:\n    return s.replace('a', 'b', n)\n", "str.replace() with these arguments", "line 2:12"),
        ("def f(xs: list[str]) -> str:\n    return 'x' + str(xs)\n", "str() of a list[str]", "line 2:18"),
        ("def f(d: dict[int, int]) -> str:\n    return str(d)\n", "str() of a dict[int, int]", "line 2:12"),
    ],
)  # fmt: skip
@pytest.mark.parametrize("target", ["cpp", "java"])
def test_what_python_would_reject_is_refused_with_its_place(
    code: str, named: str, where: str, target: str
) -> None:
    with pytest.raises(TranscoderError) as error:
        translate(code, source="python", target=target)
    message = str(error.value)
    assert named in message and where in message and "\n" not in message.strip()
