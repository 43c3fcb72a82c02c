"""Python indices and list sizes that may be negative (issue 12, correct or refuse), and functions
named like a keyword of the target.

A Python index below zero counts from the end; C++ and Java read outside the array. The front end
prints an index plainly only where the range analysis of the function shows it never negative
(``analysis/nonneg_indices.py``), and otherwise through ``py_index``/``pyIndex``; a list of a
negative size is empty in Python, so its size is clamped at 0 unless shown non-negative. The
translations run against Python in ``tests/soundness`` (``python_index_*``,
``python_negative_repeat``); here the text shows which indices are proven.
"""

from __future__ import annotations

import pytest

from transcoder.engines.rules.analysis import ranges
from transcoder.engines.rules.analysis.intervals import Interval
from transcoder.engines.rules.pipeline import Request, translate
from transcoder.errors import UnsupportedConstruct


def _text(code: str, target: str, source: str = "python") -> str:
    return translate(Request(code, source, target)).text


WRAP = {"cpp": "py_index(", "java": "pyIndex("}


@pytest.mark.parametrize("target", ["cpp", "java"])
def test_an_index_from_a_parameter_wraps_as_python_counts(target: str) -> None:
    text = _text("def pick(values: list[int], k: int) -> int:\n    if k < len(values):\n        return values[k]\n"
                 "    return 0\n", target)  # fmt: skip
    assert WRAP[target] in text


def test_a_c_array_without_its_length_is_refused_where_an_index_may_be_negative() -> None:
    # A C++ array parameter does not know its length, so a negative index cannot count from its end.
    with pytest.raises(UnsupportedConstruct, match=r"line 2:12: .*len\(values\) of a C\+\+ array parameter"):
        _text("def pick(values: list[int], k: int) -> int:\n    return values[k]\n", "cpp")


@pytest.mark.parametrize("target", ["cpp", "java"])
def test_ordinary_loops_and_guards_stay_plain(target: str) -> None:
    code = (
        "def f(a: list[int], n: int, x: int) -> int:\n"
        "    s = 0\n"
        "    for i in range(1, len(a)):\n"
        "        s += a[i - 1] + a[i]\n"  # range(1, ...): i - 1 >= 0
        "    for i in range(len(a) - 1, -1, -1):\n"
        "        s += a[i]\n"  # a loop down to 0
        "    for j in range(len(a)):\n"
        "        if j != 0:\n"
        "            s += a[j - 1]\n"  # j != 0 with j >= 0: j >= 1
        "        if j - x >= 0:\n"
        "            s += a[j - x]\n"  # the index itself tested
        "    dp = [0] * (n + 1)\n"
        "    if len(a) > 0:\n"
        "        s += a[len(a) - 1]\n"  # negative only for an empty list, where Python raises
        "    return s + dp[n]\n"  # likewise: dp is empty when n < 0
    )
    text = _text(code, target)
    assert WRAP[target] not in text


@pytest.mark.parametrize("target", ["cpp", "java"])
def test_an_index_below_a_loop_start_wraps(target: str) -> None:
    text = _text("def ring(a: list[int]) -> int:\n    s = 0\n    for i in range(len(a)):\n"
                 "        s += a[i - 1] * i\n    return s\n", target)  # fmt: skip
    assert WRAP[target] in text


def test_reading_an_element_proves_nothing_about_its_index() -> None:
    # C++ and Java stop at a[k] with k < 0; Python goes on, so b[k] must wrap as well.
    text = _text("def f(a: list[int], b: list[int], k: int) -> int:\n    x = a[k]\n    return x + b[k]\n", "java")
    assert text.count("pyIndex(k, ") == 2


@pytest.mark.parametrize(("target", "clamp"), [("cpp", "max(0, n)"), ("java", "Math.max(0, n)")])
def test_a_list_of_a_negative_size_is_empty(target: str, clamp: str) -> None:
    text = _text("def f(n: int) -> int:\n    grid = [[0] * n for _ in range(n)]\n    return len(grid)\n", target)
    assert text.count(clamp) == 2
    shown = _text("def f(n: int) -> int:\n    if n < 0:\n        return 0\n    a = [0] * n\n    return len(a)\n", target)
    assert clamp not in shown


def test_a_64_bit_size_is_clamped_before_it_narrows() -> None:
    text = _text("def f(n: int) -> int:\n    row = [1] * (n - 2)\n    return len(row)\n", "cpp")
    assert "max<long long>(0, (long long) n - 2)" in text


def test_narrowing_a_shifted_variable() -> None:
    """``i + c`` within a limit narrows ``i`` to the limit less ``c`` (the sign was inverted)."""
    assert ranges._clamp("i", -1, Interval(0, None), {"i": Interval(0, 10)}) == {"i": Interval(1, 10)}
    assert ranges._clamp("i", 1, Interval(2, None), {"i": Interval(1, 1)}) == {"i": Interval(1, 1)}
    assert ranges._clamp("n", 1, Interval(1, None), {"n": Interval(-5, 5)}) == {"n": Interval(0, 5)}


@pytest.mark.parametrize(
    ("source", "code", "target", "renamed"),
    [
        ("python", "def register(x):\n    return x + 1\n\ndef union(a):\n    return register(a) * 2\n", "cpp",
         ["register_(", "union_("]),
        ("java", "static int register(int x) { return x + 1; }\nstatic int f(int y) { return register(y); }\n",
         "cpp", ["register_("]),
        ("cpp", "int final(int x) { return x + 1; }\nint native(int y) { return final(y) * 2; }\n", "java",
         ["final_(", "native_("]),
        ("python", "def f(n):\n    do = 2\n    null = 1\n    true = 3\n    return do + null + true\n", "java",
         ["do_", "null_", "true_"]),
    ],
)  # fmt: skip
def test_functions_and_variables_named_like_a_target_keyword_are_renamed(
    source: str, code: str, target: str, renamed: list[str]
) -> None:
    text = _text(code, target, source)
    for name in renamed:
        assert name in text
    bare = renamed[0].rstrip("_(")
    assert f" {bare}(" not in text


def test_a_length_read_before_the_list_grows_through_another_name_proves_nothing() -> None:
    code = (
        "def f(a: list[int]) -> int:\n    n = len(a)\n    b = a\n    b.append(7)\n    return a[n - 1]\n\n\n"
        "def g(s: str) -> str:\n    n = len(s)\n    t = s\n    return s[n - 1] + t\n"
    )
    text = _text(code, "java")
    assert "a.get(pyIndex(n - 1, a.size()))" in text  # b.append grew a: n - 1 may be -1 of a longer list
    assert "s.charAt(n - 1)" in text  # a str never changes: n - 1 < 0 only for an empty s
