"""Python sources, session 10 (issue 13, breadth), correct or refuse, each translation built and run
against its source on inputs that include the edge cases:

- ``s.ljust(w[, c])``, ``s.rjust(w[, c])``, ``s.center(w[, c])``, ``s.zfill(w)``: the str itself
  where it is ``w`` long or longer (a negative width too), else filled as CPython fills it
  (``center``'s odd split, ``zfill`` after a leading sign);
- ``s.removeprefix(p)`` / ``s.removesuffix(p)`` (an empty ``p`` removes nothing);
- ``s.partition(sep)`` / ``s.rpartition(sep)``: the three parts around the first (last) ``sep``,
  ``(s, '', '')`` (``('', '', s)``) without one, ValueError of a computed empty ``sep``;
- ``text * n`` / ``n * text`` of a str of any length: ``n`` copies, none for ``n <= 0``; each
  operand evaluated once, in Python's order;
- ``raise X from None`` and ``raise X from e`` of the exception being handled (``except ... as e``):
  ``X`` is raised (the cause only shows in tracebacks); another cause (a call, another name) and a
  handler that reads ``e`` otherwise stay refused;
- ``a.union(b)``, ``a.intersection(b)``, ``a.difference(b)``, ``a.symmetric_difference(b)`` of two
  sets, ``a.issubset(b)``/``a.issuperset(b)``/``a.isdisjoint(b)`` (empty sets included),
  ``a.update(xs)`` of a set or list, ``d.update(e)`` of a dict (new keys in ``e``'s order, which
  therefore keeps its insertion order in Java too);
- ``hex(n)``, ``oct(n)``, ``bin(n)`` (sign, prefix, digits of ``abs(n)``; 0, -2**31 and bools
  included), ``n.bit_length()`` and ``n.bit_count()`` of ints of at most 32 bits (64-bit refused);
- ``s.splitlines()``: the pieces between line breaks (``\\n``, ``\\r``, ``\\r\\n`` as one, ``\\v``, ``\\f``,
  ``\\x1c``-``\\x1e``, ``\\x85``, ``\\u2028``, ``\\u2029``), none after a final break;
- ``s.capitalize()``, ``s.swapcase()``, ``s.title()`` (upper case after an uncased character,
  ``"they're 3rd"`` -> ``"They'Re 3Rd"``), character by character;
- ``s.isupper()`` / ``s.islower()`` of a whole str: at least one cased character and none of the
  other case, digits, spaces and punctuation passed over (``'AB1'.isupper()`` is True; the
  translation required every character to be upper case: False);
- ``a or b`` / ``a and b`` as a truth value where ``b`` needs statements of its own (``s.isupper()``,
  ``s.index(x)``): they run only where Python evaluates ``b`` (was refused: 'the right operand of
  'or' needs statements of its own'; as a non-boolean value it still is).
"""

from __future__ import annotations

from functools import cache

import pytest

from transcoder import translate
from transcoder.errors import TranscoderError
from transcoder.verify.runners import Limits, RunResult, run_program

LIMITS = Limits(wall_seconds=20.0)

PROGRAMS = {
    "padding": """
def pad_all(s, w):
    return "[" + s.ljust(w) + "|" + s.rjust(w, "*") + "|" + s.center(w) + "|" + s.center(w, "-") + "]"


def zeros(s, w):
    return s.zfill(w)


def table(names, widths):
    lines = []
    for name in names:
        for width in widths:
            lines.append(name.ljust(width, ".") + name.rjust(width) + name.center(width, "="))
    return lines


if __name__ == "__main__":
    for s in ["", "a", "ab", "abc", "abcd", "hello world"]:
        for w in [-3, 0, 1, 2, 3, 4, 5, 6, 7, 10, 11]:
            print(pad_all(s, w))
    for s in ["", "7", "-7", "+7", "42", "-42", "+", "-", "x-1", "--3", "3.5"]:
        for w in [-1, 0, 1, 2, 3, 5, 8]:
            print("[" + zeros(s, w) + "]")
    for line in table(["x", "abc", "abcdef"], [0, 4, 5, 9]):
        print(line)
""",
    "affixes_and_partitions": """
def trimmed(s, p):
    return s.removeprefix(p) + "|" + s.removesuffix(p)


def key_value(line):
    key, sep, value = line.partition("=")
    return key.strip() + ":" + value.strip() + ":" + str(len(sep))


def last_part(path, sep):
    head, found, tail = path.rpartition(sep)
    return head + "<" + found + ">" + tail


def parts(s, sep):
    a, b, c = s.partition(sep)
    return a + "<" + b + ">" + c


if __name__ == "__main__":
    for s in ["", "ab", "abc", "abcab", "ba", "xabx"]:
        for p in ["", "a", "ab", "b", "abcab", "abcabz", "x"]:
            print(trimmed(s, p))
    for line in ["a=1", "a = b = c", "novalue", "=", "", "k=", "=v"]:
        print(key_value(line))
    for path in ["a/b/c", "abc", "/", "", "a//b", "/root"]:
        print(last_part(path, "/"), last_part(path, "//"))
    for s in ["a::b::c", "::", "abc", ""]:
        for sep in [":", "::", "abc", "c"]:
            print(parts(s, sep))
    try:
        print(parts("abc", ""))
    except ValueError:
        print("ValueError")
""",
    "string_repetition": """
def ruler(n):
    return "-=" * n + "|" + n * "ab" + "|"


def block(word, times):
    line = (word + " ") * times
    return line.strip()


def text(calls):
    calls.append("t")
    return "xy"


def count(calls, n):
    calls.append("c")
    return n


def count_calls(n):
    calls = []
    calls.append("start")
    result = text(calls) * count(calls, n)
    return result + "/" + "".join(calls)


if __name__ == "__main__":
    for n in [-5, -1, 0, 1, 2, 5]:
        print(ruler(n), block("hi", n), count_calls(n))
    print(len("abc" * 1000))
""",
    "raise_from": """
def check(n):
    if n < 0:
        raise ValueError("negative")
    return n * 2


def converted(n):
    try:
        return check(n)
    except ValueError as error:
        raise KeyError("bad input") from error


def quiet(n):
    try:
        return check(n - 5)
    except ValueError:
        raise OverflowError("below five") from None


def run():
    for n in [-3, 0, 4, 7]:
        try:
            print(converted(n))
        except KeyError:
            print("KeyError")
        try:
            print(quiet(n))
        except OverflowError:
            print("OverflowError")


if __name__ == "__main__":
    run()
""",
    "set_and_dict_methods": """
def set_algebra(xs, ys):
    a = set(xs)
    b = set(ys)
    u = a.union(b)
    i = a.intersection(b)
    d = a.difference(b)
    s = a.symmetric_difference(b)
    parts = [len(u), len(i), len(d), len(s)]
    for chosen in [u, i, d, s]:
        parts.append(-1)
        parts.extend(sorted(chosen))
    return parts


def relations(xs, ys):
    a = set(xs)
    b = set(ys)
    return [a.issubset(b), a.issuperset(b), a.isdisjoint(b), b.issubset(a)]


def grown(xs, ys):
    a = set(xs)
    a.update(ys)
    a.update(set(xs))
    return sorted(a)


def merged(keys, values, more):
    d = {}
    for i in range(len(keys)):
        d[keys[i]] = values[i]
    e = {}
    for k in more:
        e[k] = len(k)
    d.update(e)
    d.update(d)
    out = []
    for k in d:
        out.append(k + "=" + str(d[k]))
    return ", ".join(out)


if __name__ == "__main__":
    cases = [([], []), ([1], []), ([], [2]), ([1, 2, 3], [2, 3, 4]), ([5, 5, 6], [6, 5]), ([1, 2], [3, 4]), ([-1, 0, 1], [0])]
    for xs, ys in cases:
        sizes = " ".join(str(v) for v in set_algebra(xs, ys))
        print(sizes, " ".join(str(flag) for flag in relations(xs, ys)))
        print(" ".join(str(item) for item in grown(xs, ys)))
    print(merged(["a", "bb", "c"], [1, 2, 3], ["bb", "zzz", "a", "q"]))
    print(merged([], [], []))
    print(merged(["x"], [9], []))
""",
    "int_bits_and_bases": """
def describe(n):
    return hex(n) + " " + oct(n) + " " + bin(n) + " " + str(n.bit_length()) + " " + str(n.bit_count())


def width(values):
    widest = 0
    for v in values:
        widest = max(widest, v.bit_length())
    return widest


if __name__ == "__main__":
    for n in [0, 1, -1, 2, 7, 8, -8, 15, 16, 255, -255, 256, 1000, -1000, 65535, 2147483647, -2147483647]:
        print(describe(n))
    lowest = -2147483647
    lowest -= 1
    print(describe(lowest))
    print(width([3, -9, 100]), width([]), hex(True), bin(False))
""",
    "short_circuit_with_statements": """
def shouty(s):
    return s.isupper() or s.isdigit()


def word_like(s):
    return len(s) > 0 and s.strip() == s and s.isalpha()


def safe_index(s):
    # index() raises where 'a' is missing: only reached where find() saw one
    if s.find("a") < 0 or s.index("a") > 1:
        return "skip"
    return "early"


def both(s, t):
    return (s.islower() and t.isupper()) or (s.upper() == t and not t.isdigit())


if __name__ == "__main__":
    for s in ["", "ABC", "AbC", "123", " ab", "ab", "xyza", "a", "baaa", "HELLO1"]:
        print(shouty(s), word_like(s), safe_index(s))
        for t in ["", "AB", "ab", "12"]:
            print(both(s, t), end=" ")
        print()
""",
    "case_tests_of_whole_strings": """
def kinds(s):
    return [s.isupper(), s.islower(), s.isdigit(), s.isalpha(), s.isspace(), s.isalnum()]


if __name__ == "__main__":
    for s in ["", "ABC", "abc", "AbC", "AB1", "ab1", " ab", "AB ", "123", " ", "-", "a-b", "A_B", "x", "X", "9"]:
        print(" ".join(str(k) for k in kinds(s)))
""",
    "recasing": """
def recased(s):
    return s.capitalize() + "|" + s.swapcase() + "|" + s.title()


if __name__ == "__main__":
    for s in ["", "a", "A", "hello world", "HELLO wORLD", "they're 3rd", "x1y2 z_a-b", "  lead", "mIxEd CaSe!", "9lives"]:
        print("[" + recased(s) + "]")
""",
    "split_lines": """
def numbered(s):
    out = []
    lines = s.splitlines()
    for i, line in enumerate(lines):
        out.append(str(i) + ":" + line)
    return "|".join(out) + "#" + str(len(s.splitlines()))


if __name__ == "__main__":
    for s in ["", "a", "a\\n", "\\n", "\\n\\n", "a\\nb", "a\\r\\nb", "a\\rb\\n", "a\\r\\n\\r\\nb", "a\\r", "\\r\\n", " a \\n b "]:
        print(numbered(s))
    # control characters built with chr (the Java back end prints them raw inside a literal)
    print(numbered("x" + chr(11) + "y" + chr(12) + "z"))
    print(numbered("p" + chr(28) + "q" + chr(29) + "r" + chr(30) + "s" + chr(31) + "t"))
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
        ("def f(s: str, c: str) -> str:\n    return s.ljust(5, c)\n", "str.ljust() with a fill other than one character", "line 2:12"),
        ("def f(s: str) -> str:\n    return s.center(5, 'ab')\n", "str.center() with a fill other than one character", "line 2:12"),
        ("def f(s: str, w: float) -> str:\n    return s.rjust(w)\n", "str.rjust() of a width of type float", "line 2:12"),
        ("def f(s: str) -> str:\n    a, b, c = s.partition('')\n    return a\n", "str.partition() of an empty separator", "line 2:15"),
        ("def f(s: str) -> str:\n    return s.zfill(3, 4)\n", "str.zfill() with 2 arguments", "line 2:12"),
        ("def f(a: set[int], b: list[int]) -> int:\n    return len(a.union(b))\n", "set.union() of a list[int]", "line 2:16"),
        ("def f(n: int) -> str:\n    m = n * 3000000000\n    return hex(m)\n", "hex() of a ", "line 3:12"),
        ("def f(n: int) -> int:\n    m = n * 3000000000\n    return m.bit_length()\n", "int.bit_length() of a ", "line 3:12"),
        ("def f(a: set[int], b: set[int], c: set[int]) -> bool:\n    return a.issubset(b, c)\n",
         "set.issubset() of other than one argument", "line 2:12"),
        ("def f(d: dict[str, int], e: dict[str, str]) -> int:\n    d.update(e)\n    return len(d)\n",
         "dict.update() of a dict[str, str]", "line 2:5"),
        ("def f(d: dict[str, int], e: dict[str, int]) -> int:\n    x = d.update(e)\n    return len(d)\n",
         "the value of dict.update() (None) used", "line 2:9"),
        ("def g(n: int) -> int:\n    if n < 0:\n        raise ValueError('neg')\n    return n\n\n"
         "def f(n: int) -> int:\n    try:\n        return g(n)\n    except ValueError as e:\n        raise KeyError('k') from g(1)\n",
         "raise ... from a cause other than None or the exception being handled", "line 10:34"),
        ("def g(n: int) -> int:\n    if n < 0:\n        raise ValueError('neg')\n    return n\n\n"
         "def f(n: int, other: int) -> int:\n    try:\n        return g(n)\n    except ValueError as e:\n        raise KeyError('k') from other\n",
         "raise ... from a cause other than None or the exception being handled", "line 10:34"),
        ("def g(n: int) -> int:\n    if n < 0:\n        raise ValueError('neg')\n    return n\n\n"
         "def f(n: int) -> int:\n    try:\n        return g(n)\n    except ValueError as e:\n        print(e)\n        raise KeyError('k') from e\n",
         "a handler that reads the exception it catches", "line 9:5"),
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
