"""IEEE 754 edges of C++/Java doubles and floats, translated to Python (issue 12).

C++ and Java give inf or NaN where Python's ``/`` and ``math`` functions raise (x / 0.0,
sqrt(-1), log(0), exp(1000), pow(0, -1), asin(2), fmod(x, 0)), and round ``float`` results to
binary32 where Python computes in double. Each function here runs on such inputs in the source
language and as its Python translation (in the sandbox); the printed lines must agree. Results
pass through ``code``, which maps NaN and the infinities to integers and keeps three decimals of
a finite value, so that C++'s, Java's and Python's float printing do not enter the comparison.
A source function named like a Python builtin (``len``, ``sum``) must not hide the builtin.
"""

from __future__ import annotations

import pytest

from support import CFamilyCase as Case
from support import Outcomes, cfamily_outcomes

_CPP_CODE = """long long code(double r) {
    if (r != r) return -7;
    if (r > 1e300) return 1000000007;
    if (r < -1e300) return -1000000007;
    if (r > 1e12) return 1000000003;
    if (r < -1e12) return -1000000003;
    return (long long) (r * 1000);
}
"""
_JAVA_CODE = """static long code(double r) {
    if (r != r) return -7;
    if (r > 1e300) return 1000000007;
    if (r < -1e300) return -1000000007;
    if (r > 1e12) return 1000000003;
    if (r < -1e12) return -1000000003;
    return (long) (r * 1000);
}
"""
_PY = ("python",)

CPP_CASES = [
    Case(
        "double_division_by_zero",
        "cpp",
        _CPP_CODE + "long long divide(double a, double b) { return code(a / b) * 3 + code(1.0 / (b * b + 1)); }",
        "divide",
        ((1.0, 0.0), (-1.0, 0.0), (0.0, 0.0), (7.0, 2.0), (1.0, -0.0), (-2.5, -0.0)),
        _PY,
    ),
    Case(
        "int_over_double_division_by_zero",
        "cpp",
        _CPP_CODE + "long long ratio(int a, int b) { return code((double) a / b) + code(a / 2.0); }",
        "ratio",
        ((1, 0), (0, 0), (-3, 0), (7, 2)),
        _PY,
    ),
    Case(
        "long_long_rounded_to_double_before_dividing",
        "cpp",
        "long long ratio64(long long a, long long b) { return (long long) ((double) a / b); }",
        "ratio64",
        ((9007199254740993, 3), (-9007199254740993, 3), (7, 2)),
        _PY,
    ),
    Case(
        "roots_and_logarithms_outside_their_domain",
        "cpp",
        _CPP_CODE
        + "long long logs(double x) { return code(sqrt(x)) * 3 + code(log(x)) * 5 + code(log10(x)) * 7"
        " + code(log2(x)) * 11 + code(sqrt(x * x)) + code(log(x * x + 1)); }",
        "logs",
        ((-1.0,), (0.0,), (-0.0,), (2.0,), (100.0,)),
        _PY,
    ),
    Case(
        "exp_and_pow_overflow",
        "cpp",
        _CPP_CODE + "long long powers(double x, double y) { return code(exp(x)) + 3 * code(pow(x, y)); }",
        "powers",
        ((1000.0, 2.0), (0.0, -1.0), (-0.0, -3.0), (-8.0, 0.5), (-10.0, 401.0), (10.0, 400.0), (2.0, 10.0)),
        _PY,
    ),
    Case(
        "asin_acos_and_fmod_outside_their_domain",
        "cpp",
        _CPP_CODE
        + "long long arcs(double x, double y) { return code(asin(x)) + 3 * code(acos(x)) + 5 * code(fmod(y, x)); }",
        "arcs",
        ((2.0, 1.0), (-1.5, 3.0), (0.5, 1.25), (0.0, 5.5)),
        _PY,
    ),
    Case(
        "float_arithmetic_rounds_to_binary32",
        "cpp",
        _CPP_CODE
        + """long long floats(double d, int n) {
    float s = 0;
    for (int i = 0; i < n; i++) s += 0.1f;
    float x = (float) d;
    float y = x * x;
    float q = x / 3;
    float m = n + 16777216;
    return code(s) + code(y) * 7 + code(q) * 11 + (long long) m * 13;
}""",
        "floats",
        ((0.1, 1000), (1e20, 1), (3.0, 10), (-1e30, 0)),
        _PY,
    ),
    Case(
        "functions_named_like_python_builtins",
        "cpp",
        """int len(int n) { return n * 2; }
int sum(int a, int b) { return a - b; }
int total(vector<int>& v) {
    int s = 0;
    for (int i = 0; i < v.size(); i++) s += v[i];
    return s + len(v.size()) + sum(s, 1);
}""",
        "total",
        (([1, 2, 3],), ([],)),
        _PY,
    ),
]

JAVA_CASES = [
    Case(
        "java_double_division_and_remainder_by_zero",
        "java",
        _JAVA_CODE
        + "static long divide(double a, double b) { return code(a / b) * 3 + code(a % b) + code(1.0 / (b * b + 1)); }",
        "divide",
        ((1.0, 0.0), (-1.0, 0.0), (0.0, 0.0), (7.0, 2.0), (1.0, -0.0), (-5.5, 2.0)),
        _PY,
    ),
    Case(
        "java_math_outside_its_domain",
        "java",
        _JAVA_CODE
        + """static long maths(double x, double y) {
    return code(Math.sqrt(x)) + 3 * code(Math.log(x)) + 5 * code(Math.log10(x)) + 7 * code(Math.exp(y))
        + 11 * code(Math.pow(x, y)) + 13 * code(Math.asin(x)) + 17 * code(Math.acos(y));
}""",
        "maths",
        ((-1.0, 1000.0), (0.0, -1.0), (2.0, 0.5), (-8.0, 0.5), (10.0, 400.0), (0.5, 2.0)),
        _PY,
    ),
    Case(
        "java_float_arithmetic_rounds_to_binary32",
        "java",
        _JAVA_CODE
        + """static long floats(double d, int n) {
    float s = 0;
    for (int i = 0; i < n; i++) s += 0.1f;
    float x = (float) d;
    float y = x * x;
    float q = x / 3;
    float m = n + 16777216;
    return code(s) + code(y) * 7 + code(q) * 11 + (long) m * 13;
}""",
        "floats",
        ((0.1, 1000), (1e20, 1), (3.0, 10), (-1e30, 0)),
        _PY,
    ),
    Case(
        "java_functions_named_like_python_builtins",
        "java",
        """static int len(int n) { return n * 2; }
static int max(int a, int b) { return a - b; }
static int total(int[] v) {
    int s = 0;
    for (int i = 0; i < v.length; i++) s += v[i];
    return s + len(v.length) + max(s, 1) + Math.max(s, 4);
}""",
        "total",
        (([1, 2, 3],), ([],)),
        _PY,
    ),
    Case(
        "java_locals_named_like_the_ieee_helpers",
        "java",
        """static int roots(int n) {
    int sqrt = (int) Math.sqrt(n);
    double log = Math.log(n) / n;
    return sqrt * 1000 + (int) (log * 1000);
}""",
        "roots",
        ((10,), (1,), (1000000,)),
        _PY,
    ),
]

CASES = CPP_CASES + JAVA_CASES


@pytest.fixture(scope="module")
def outcomes() -> Outcomes:
    """(case, target) -> (source output, translation output, translation text), run in batches."""
    return cfamily_outcomes(CASES)


@pytest.mark.parametrize(("case_name", "target"), [(case.name, target) for case in CASES for target in case.targets])
def test_translation_prints_what_the_source_prints(outcomes: Outcomes, case_name: str, target: str) -> None:
    expected, actual, text = outcomes[(case_name, target)]
    assert len(expected) == len(next(c for c in CASES if c.name == case_name).calls)
    assert actual == expected, f"translation to {target}:\n{text}"
