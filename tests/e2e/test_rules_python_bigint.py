"""Python integers that may outgrow 64 bits (issues 12 and 14): where 64 bits are not shown to hold
a value, the Python front end types it a big integer (``python/frontend/widths.py``): Java prints
``java.math.BigInteger``, C++ the runtime class ``BigInt`` (``cpp/runtime/bigint.hpp``, also run
here on its own against Python); what is proven to fit keeps its ``int``/``long``.

Hand-written programs in ``bigint_programs/`` (not from the benchmark: factorial of 30, Catalan
numbers to 40, ``2 ** 100``, ``1 << 75``, a Fibonacci table to 150, binomials of 100, Python's floor
``//`` and ``%`` of big negatives, a product modulo that stays a ``long``) are translated to Java
and C++, built, run and compared with Python's output.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

import pytest

from transcoder import translate
from transcoder.engines.rules.pipeline import Request
from transcoder.engines.rules.pipeline import translate as rules_translate
from transcoder.errors import UnsupportedConstruct
from transcoder.verify.runners import Limits, RunResult, run_program

PROGRAMS = Path(__file__).parent / "bigint_programs"
LIMITS = Limits(wall_seconds=30.0)

FACTORIAL = "def fact(n):\n    r = 1\n    for i in range(2, n + 1):\n        r *= i\n    return r\n"
PRODUCT_MOD = (
    "MOD = 1000000007\n\n\ndef product_mod(n):\n    p = 1\n    for i in range(1, n + 1):\n"
    "        p = p * i % MOD\n    return p\n"
)


@cache
def _run(language: str, code: str) -> RunResult:
    return run_program(language, code, stdin="", limits=LIMITS)


@pytest.mark.parametrize("target", ["java", "cpp"])
@pytest.mark.parametrize("path", sorted(PROGRAMS.glob("py_*.py")), ids=lambda p: p.stem)
def test_the_translation_prints_what_python_prints(path: Path, target: str) -> None:
    code = path.read_text()
    expected = _run("python", code)
    translation = translate(code, source="python", target=target, output="file")
    assert ("BigInteger" if target == "java" else "BigInt") in translation
    actual = _run(target, translation)
    assert actual.exit_code == 0, f"{actual.stderr[-800:]}\n{translation}"
    assert actual.stdout == expected.stdout, translation


def test_a_self_multiplying_variable_is_a_big_integer_in_java() -> None:
    result = rules_translate(Request(FACTORIAL, "python", "java"))
    assert "static BigInteger fact(int n)" in result.text
    assert "r = r.multiply(BigInteger.valueOf(i));" in result.text
    assert not any("multiplied in a loop" in w for w in result.warnings)


def test_a_product_modulo_a_constant_stays_long() -> None:
    result = rules_translate(Request(PRODUCT_MOD, "python", "java"))
    assert "static long product_mod(int n)" in result.text
    assert "BigInteger" not in result.text


def test_a_self_multiplying_variable_is_a_big_integer_in_cpp() -> None:
    result = rules_translate(Request(FACTORIAL, "python", "cpp"))
    assert "BigInt fact(int n) {" in result.text and "r *= i;" in result.text
    assert "class BigInt {" in result.text  # the runtime class, carried along
    assert not any("multiplied in a loop" in w for w in result.warnings)


def test_the_runtime_class_computes_what_python_does() -> None:
    header = (resources.files("transcoder.engines.rules.cpp.runtime") / "bigint.hpp").read_text()
    main = """
#include <iostream>
int main() {
    BigInt a = BigInt::pow(BigInt(3), 100) + 12345, b(-987654321987LL), f(1);
    for (int i = 2; i <= 30; i++) f *= i;
    cout << f << " " << to_string(-f) << endl;
    for (long long d : {7LL, -7LL, 1000000007LL, -4294967296LL}) {
        cout << BigInt::floor_div(a, d) << " " << BigInt::floor_mod(a, d) << " "
             << BigInt::floor_div(-a, d) << " " << BigInt::floor_mod(-a, d) << endl;
    }
    cout << BigInt::floor_div(a, b) << " " << BigInt::floor_mod(a, b) << " " << BigInt::floor_mod(b * b * b, a) << endl;
    cout << (BigInt(1) << 75) << " " << (-a >> 70) << " " << (a > b) << (b < 0) << " " << BigInt(LLONG_MIN).to_int64() << endl;
    cout << BigInt("-123456789012345678901234567890") * BigInt("98765432109876543210") << endl;
    try { a.to_int64(); } catch (overflow_error&) { cout << "overflow" << endl; }
}
"""
    a, b, f = 3**100 + 12345, -987654321987, 1
    for i in range(2, 31):
        f *= i
    lines = [f"{f} {-f}"]
    lines += [f"{a // d} {a % d} {-a // d} {-a % d}" for d in (7, -7, 1000000007, -4294967296)]
    lines += [f"{a // b} {a % b} {b * b * b % a}", f"{1 << 75} {-a >> 70} 11 {-(2**63)}"]
    lines += [str(-123456789012345678901234567890 * 98765432109876543210), "overflow"]
    result = _run("cpp", header + main)
    assert result.exit_code == 0, result.stderr[-800:]
    assert result.stdout.split("\n")[:-1] == lines


def test_a_pinned_interface_keeps_its_type_converting_checked() -> None:
    result = rules_translate(Request(FACTORIAL, "python", "java", signature="static long fact(int n)"))
    assert "static long fact(int n)" in result.text
    assert "return r.longValueExact();" in result.text
    assert any("the result may exceed the interface's 64 bits" in w for w in result.warnings)


def test_stated_types_beyond_64_bits_are_big_in_java() -> None:
    code = "def cube(x: int) -> int:\n    return x * x * x\n\n\ndef two_to(k: int) -> int:\n    return 2 ** k\n"
    text = rules_translate(Request(code, "python", "java")).text
    assert "static BigInteger cube(int x)" in text
    assert "BigInteger.TWO.pow(k)" in text
    text = rules_translate(Request(code, "python", "cpp")).text
    assert "BigInt cube(int x)" in text and "BigInt::pow(BigInt(2), k)" in text


def test_a_target_without_big_integers_keeps_64_bits_with_the_warning() -> None:
    # exact_ints=False: C/Java's 32-bit ints as written; nothing becomes a big integer
    result = rules_translate(Request(FACTORIAL, "python", "cpp", exact_ints=False))
    assert "BigInt" not in result.text


@pytest.mark.parametrize(
    ("body", "where"),
    [
        ("    best = -float('inf')\n    best = max(best, fact(n))\n    return best\n", "9:12"),  # -inf
        ("    return fact(n) | ~fact(a) if n > 0 else -1\n", None),  # bitwise: exact, not refused
    ],
)
@pytest.mark.parametrize("target", ["java", "cpp"])
def test_what_a_big_integer_cannot_stand_for_is_refused_with_its_place(
    body: str, where: str | None, target: str
) -> None:
    code = FACTORIAL + "\n\ndef use(n, a):\n" + body
    if where is None:
        rules_translate(Request(code, "python", target))
        return
    with pytest.raises(UnsupportedConstruct, match="beyond 64 bits") as error:
        rules_translate(Request(code, "python", target))
    assert f"line {where}" in str(error.value) and "\n" not in str(error.value).strip()
