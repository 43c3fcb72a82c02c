"""Number literals through the rule engine: every spelling each language has (hex, octal, binary,
separators, suffixes, hex floats) is read with the value its language gives it, in every direction,
and a literal the source language rejects, or the engine cannot represent, is a one-line error
naming its line and column (never a traceback).

The sources and their translations run on the real compilers and interpreters (g++, javac/java,
Python); each source's output is checked against values computed here, and each translation's
against its source's.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from support import CFamilyCase, Outcomes, cfamily_outcomes, driver, normalise, run_translations
from transcoder.engines.rules import translate_module


def int32(x: int) -> int:
    return (x + 2**31) % 2**32 - 2**31


def int64(x: int) -> int:
    return (x + 2**63) % 2**64 - 2**63


CFAMILY_CASES = [
    # C++: hex/octal/binary literals typed as C++ types them (LP64).
    CFamilyCase(
        "cpp_unsigned_hex",  # 0xffffffff and 0x80000000 are unsigned int; -1u wraps
        "cpp",
        "unsigned int f(unsigned int x) { return x + 0xffffffff + (-1u) - (-(0x80000000)) + 0x80000000; }",
        "f",
        ((0,), (1,), (5,), (2147483647,)),
    ),
    CFamilyCase(
        "cpp_negative_hex",  # the fuzzer's reproducer: tree-sitter folds the sign into the literal
        "cpp",
        "int f(int i) { return i + (-0x7fffffff); }",
        "f",
        ((0,), (1,), (100,), (2147483647,)),
    ),
    CFamilyCase(
        "cpp_long_literals",  # 2147483648 and -2147483648 are long; suffixes and separators
        "cpp",
        "long long f(int i) { return i * 2147483648 + -2147483648 + 0x7fffffffLL * 3 + 017 + 0b101"
        " + 1'000 + 0x100000000 + 0X1Fl + 10ll + 0xFFu; }",
        "f",
        ((-3,), (0,), (7,), (2147483647,)),
    ),
    CFamilyCase(
        "cpp_hex_float",
        "cpp",
        "double f(int i) { return i * 0x1.8p3 + 0x1p-2 + 2.5e-1; }",
        "f",
        ((1,), (3,), (-2,)),
    ),
    CFamilyCase(
        "cpp_octal_default",  # a default argument is read as the literal it is (017 is 15, not 17)
        "cpp",
        "int h(int a, int n = 017) { return a + n; }\nint f(int a) { return h(a) + h(a, 0x10); }",
        "f",
        ((0,), (5,)),
    ),
    # Java: without L a literal is an int (hex ones up to 0xffffffff wrap), octal 017 is 15.
    CFamilyCase(
        "java_int_literals",
        "java",
        "static int f(int i) { return i + 0x7fffffff + 0x80000000 + 017 + 0b101 + 1_000 + 0xFFFF_FFFF + 0b1_0; }",
        "f",
        ((0,), (-5,), (2147483647,), (-2147483648,)),
        ("cpp", "python"),
    ),
    CFamilyCase(
        "java_long_literals",
        "java",
        "static long f(int i) { return i + -2147483648 + 0xFFFF_FFFFL + -9223372036854775808L"
        " + 0x8000000000000000L - 0x80000000 + 0b1L + 0777L + 12_345_678_901L; }",
        "f",
        ((0,), (3,), (-7,), (2147483647,)),
        ("cpp", "python"),
    ),
    CFamilyCase(
        "java_min_int",  # -(-0x80000000) wraps back to -2147483648
        "java",
        "static long f(int i) { return (long) -2147483648 * i - (-0x80000000) + -(-0x80000000); }",
        "f",
        ((0,), (1,), (-3,)),
        ("cpp", "python"),
    ),
    CFamilyCase(
        "java_hex_float",
        "java",
        "static double f(int i) { return i * 0x1.8p3 + 0x1p-1 + 2.5d - 2.5f + 1e1 / 4_0.0; }",
        "f",
        ((1,), (3,), (-2,)),
        ("cpp", "python"),
    ),
]

CFAMILY_EXPECTED = {
    "cpp_unsigned_hex": [str((x - 2) % 2**32) for x in (0, 1, 5, 2147483647)],
    "cpp_negative_hex": [str(i - 0x7FFFFFFF) for i in (0, 1, 100, 2147483647)],
    "cpp_long_literals": [
        str(i * 2**31 - 2**31 + 3 * (2**31 - 1) + 15 + 5 + 1000 + 2**32 + 31 + 10 + 255)
        for i in (-3, 0, 7, 2147483647)
    ],
    "cpp_hex_float": ["12.5", "36.5", "-23.5"],
    "cpp_octal_default": [str(2 * a + 15 + 16) for a in (0, 5)],
    "java_int_literals": [
        str(int32(i + 0x7FFFFFFF - 2**31 + 15 + 5 + 1000 - 1 + 2)) for i in (0, -5, 2147483647, -(2**31))
    ],
    "java_long_literals": [
        str(int64(int32(i - 2**31) + 2**32 - 1 - 2**63 - 2**63 + 2**31 + 1 + 511 + 12345678901))
        for i in (0, 3, -7, 2147483647)
    ],
    "java_min_int": [str(-(2**31) * i + 2**31 - 2**31) for i in (0, 1, -3)],
    "java_hex_float": ["12.75", "36.75", "-23.25"],
}


@pytest.fixture(scope="module")
def cfamily() -> Outcomes:
    return cfamily_outcomes(CFAMILY_CASES)


@pytest.mark.parametrize(
    ("case_name", "target"), [(case.name, target) for case in CFAMILY_CASES for target in case.targets]
)
def test_cfamily_literals_keep_their_values(cfamily: Outcomes, case_name: str, target: str) -> None:
    expected, actual, text = cfamily[(case_name, target)]
    assert expected == CFAMILY_EXPECTED[case_name]  # the source itself, compiled and run
    assert actual == expected, f"translation to {target}:\n{text}"


PYTHON_CASES = {
    "python_prefixes": (
        "def f(n):\n    return n + 0o17 + 0b101 + 1_000 + 0x_ff + 0XFF + 00 + 0b_1_0\n",
        [str(n + 15 + 5 + 1000 + 255 + 255 + 0 + 2) for n in (0, -7, 100)],
    ),
    "python_wide_hex": (
        "def f(n):\n    return n * 0x7fffffff + 0x80000000\n",
        [str(n * (2**31 - 1) + 2**31) for n in (0, -7, 100)],
    ),
}


class _PythonCase:
    def __init__(self, name: str) -> None:
        self.name = name
        self.code = PYTHON_CASES[name][0]


@pytest.fixture(scope="module")
def python() -> Outcomes:
    return run_translations(
        [_PythonCase(name) for name in PYTHON_CASES],
        language_of=lambda case: "python",
        targets_of=lambda case: ("cpp", "java"),
        translate=lambda case, target: translate_module(case.code, "python", target),
        driver=lambda language, case, code: driver(language, code, "f", ((0,), (-7,), (100,))),
        read=normalise,
        must_run=True,
    )


@pytest.mark.parametrize("target", ["cpp", "java"])
@pytest.mark.parametrize("case_name", sorted(PYTHON_CASES))
def test_python_literals_keep_their_values(python: Outcomes, case_name: str, target: str) -> None:
    expected, actual, text = python[(case_name, target)]
    assert expected == PYTHON_CASES[case_name][1]
    assert actual == expected, f"translation to {target}:\n{text}"


def _cli(code: str, source: str, target: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "transcoder", "translate", "-", "-s", source, "-t", target],
        input=code,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("code", "source", "targets", "where", "what"),
    [
        # Python 2's long suffix: tree-sitter reads it, Python 3 does not
        ("def f(n):\n    return n + 1L\n", "python", ("java", "cpp"), "line 2:16", "syntax error"),
        # Python 2's octal
        ("def f(n):\n    return n + 017\n", "python", ("cpp",), "line 2:16", "syntax error"),
        # compile() rejects it, tree-sitter shows no ERROR node
        (
            "def f_gold(n):\n    return 1 if (n == 1 or n == 0) else n * f_gold(n - 1) n\n",
            "python",
            ("cpp", "java"),
            "line 2:59",
            "syntax error",
        ),
        (
            "int f(int i) { return i + 0x10000000000000000; }",
            "cpp",
            ("python", "java"),
            "line 1:27",
            "64 bits",
        ),
        ("double f(int i) { return i * 1e400; }", "cpp", ("python",), "line 1:30", "out of the range"),
        ("int f(int i) { return i + 09; }", "cpp", ("python",), "line 1:", "error"),
        (
            "class A { static int f(int i) { return i + 2147483648; } }",
            "java",
            ("python", "cpp"),
            "line 1:44",
            "out of the range of int",
        ),
    ],
)
def test_bad_literals_are_one_line_errors(
    code: str, source: str, targets: tuple[str, ...], where: str, what: str
) -> None:
    for target in targets:
        result = _cli(code, source, target)
        assert result.returncode != 0, result.stdout
        assert "Traceback" not in result.stderr, result.stderr
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        errors = [line for line in lines if "error" in line]
        assert len(errors) == 1, result.stderr
        assert re.search(r"line \d+:\d+:", errors[0]), errors[0]
        assert where in errors[0] and what in errors[0], errors[0]
        assert result.stdout == ""


def test_the_fuzzer_hex_reproducer_translates() -> None:
    result = _cli("int f(int i) { return i + (-0x7fffffff); }", "cpp", "python")
    assert result.returncode == 0, result.stderr
    assert "-2147483647" in result.stdout
