"""Python tuples of any size in C++ and Java (issue 14): hand-written functions, not from the
benchmark, translated and run beside their source (the whole program is
``programs/tuples_script.py`` in ``test_rules_programs.py``); what cannot be kept is refused in
one line with its place."""

from __future__ import annotations

import pytest

from transcoder import translate
from transcoder.errors import TranscoderError
from transcoder.verify.runners import Limits, run_program

LIMITS = Limits(wall_seconds=30.0)

PROGRAM = """
def spread(a, b, c):
    return a * 100 + b * 10 + c


def stats(values):
    total = 0
    for v in values:
        total += v
    return total, len(values), total * 2


if __name__ == "__main__":
    rows = [(1, 2, 3), (4, 5, 6), (7, 8, 9)]
    for a, b, c in rows:
        print(spread(c, b, a))
    for row in rows:
        print(spread(*row), row[0], row[-1])
    total, count, double = stats([5, 6, 7])
    print(total, count, double)
    both = stats([1, 1])
    print(both[0] + both[2], both == (2, 2, 4))
    big = (2**40, "x", True)
    print(big[0] + 1, big[1], big[2])
    print(spread(*(1, 2, 3)), spread(*[3, 2, 1]))
    p, q = ([1, 2], 3), ([1, 2], 3)
    r, s = ([1], 2, 3), ([1], 2, 4)
    print(p == q, r == s, r != s)
"""


@pytest.mark.parametrize(
    "target",
    [
        "cpp",
        pytest.param(
            "java",
            # Since 3aff10b (sums of two full-range terms are big integers), 'both = stats([1, 1])'
            # is declared with the literal (2, 2, 4)'s record, Tuple3_3(int, int, int), where stats
            # returns Tuple3(long, int, long): the Java does not build (javac names it). Not traced
            # yet; strict, so the test says when it is mended.
            marks=pytest.mark.xfail(strict=True, reason="tuple variable typed from a compared literal (3aff10b)"),
        ),
    ],
)
def test_tuples_compute_what_python_computes(target: str) -> None:
    expected = run_program("python", PROGRAM, limits=LIMITS)
    assert expected.exit_code == 0, expected.stderr
    translation = translate(PROGRAM, source="python", target=target, output="file")
    actual = run_program(target, translation, limits=LIMITS)
    assert actual.stdout == expected.stdout, translation + actual.stderr[-800:]


@pytest.mark.parametrize(
    ("code", "named", "where"),
    [
        ("def f(a, b):\n    return a + b\n\ndef g(xs):\n    xs.append(1)\n    return f(*xs)\n",
         "argument unpacking of a value of type list[int]", "line 6:14"),
        ("def g(i):\n    t = (1, 2, 3)\n    return t[i]\n", "indexed by other than a constant", "line 3:12"),
        ("def g():\n    t = (1, 2, 3)\n    a, b = t\n    return a + b\n", "unpacking a tuple[int, int, int]", "line 3:5"),
        ("def g(x):\n    t = (x, 2, 3)\n    t = (x, 2)\n    return 1\n", "incompatible types", "line 3"),
        ("def g(x):\n    t = (x, 2, 3)\n    return len(t)\n", "a tuple of 3 values used as a sequence", "line 3:16"),
        ("def g(x):\n    t = (x, 2, 3)\n    return sorted(t)\n", "sorted() of a tuple", "line 3:12"),
    ],
)  # fmt: skip
def test_tuples_it_cannot_keep_are_refused_with_their_place(code: str, named: str, where: str) -> None:
    for target in ("cpp", "java"):
        with pytest.raises(TranscoderError) as refused:
            translate(code, source="python", target=target)
        message = str(refused.value)
        assert named in message and where in message and "\n" not in message.strip(), message


def test_java_refuses_equality_its_records_would_answer_otherwise() -> None:
    """A record's ``equals`` compares floats with ``Double.compare`` (0.0 and -0.0 differ), arrays
    by identity: ``==`` of such tuples is refused in Java; C++'s tuple ``==`` is Python's."""
    code = "def g(x):\n    return (x, 1.5, 2) == (x, -1.5, 2)\n"
    with pytest.raises(TranscoderError, match=r"line 2:12.*'==' of tuples"):
        translate(code, source="python", target="java")
    assert "tuple<int, double, int>" in translate(code, source="python", target="cpp")


def test_printing_a_result_python_types_by_path_is_refused() -> None:
    """``return 0`` in a function that returns a float elsewhere: Python prints ``0`` on that path
    and ``1.5`` on the other; the translation's double would print ``0.0``."""
    code = (
        "def half(x):\n    if x > 2:\n        return x / 2\n    return 0\n\n\n"
        'if __name__ == "__main__":\n    print(half(3))\n    print(half(1))\n'
    )
    for target in ("cpp", "java"):
        with pytest.raises(TranscoderError, match=r"line 8:11.*print\(\) of what 'half' returns"):
            translate(code, source="python", target=target, output="file")
