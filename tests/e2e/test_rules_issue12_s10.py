"""Issue 12, session 10: silent wrong translations (or outputs that threw where the source gives a
value), each a category, each translated and run against its source, or refused with its place:

- C's ``atoi``/``atol``/``atoll`` shared ``stoi``'s row: toward Python ``c_stoi`` and toward Java
  ``Integer.parseInt`` raised where atoi gives 0 (no digit starts the text) or reads a prefix
  (``atoi(" 12x")`` is 12). Now its own operation (``C_ATOI``): strtol's reading, 0 without
  digits, never an error, overflow as glibc computes it (saturated to a long, atoi's then wrapped
  to 32 bits; ISO C leaves it undefined): ``c_atoi`` (Python), ``cAtoi`` (Java); of a char array
  (``atoi(buf)``), the text of its characters (the Java translation did not build, Python's
  raised TypeError);
- C++ ``stoi``/``stoll`` toward Java printed ``Integer.parseInt``/``Long.parseLong``, which reject
  what stoi reads (leading spaces, a ``+``, a rest after the digits): ``cStoi``;
- Python's ``int(s)`` toward Java printed ``Integer.parseInt``, which rejects what Python reads
  (whitespace at both ends, ``1_0``): ``pyInt``;
- Python's ``int(s)`` was an ``int``: a text holding more than 32 bits wrapped toward C++
  (``(int) py_int(s)``); its value is any 64-bit one now (``widths``: the variable, the callee's
  parameter widen), an ``int`` left narrow is a checked conversion;
- Python's ``round(x, d)`` was ``rint(x * 10**d) / 10**d`` through a long: from 1e18 on the long
  overflowed (Java saturated: ``round(1e18, 1)`` gave 9.2e17), and the product could round. Now
  ``ROUND_DIGITS``: the exact binary value rounded to d decimals, halves to even (``py_round``:
  glibc's exact printf and strtod; ``pyRound``: BigDecimal), as Python's dtoa does;
- Python's ``math.floor``/``ceil``/``trunc`` of a float were an ``int`` cast: beyond 32 bits Java
  saturated and C++ was undefined (``math.floor(1e15)``); they widen as ``int(x)`` does, and a
  float's integer part held in a long is ``PY_INT_OF_FLOAT`` (``pyLong``/``py_long``: NaN, an
  infinity or a value beyond 64 bits raise, Python's int would hold it; Java's ``(long)``
  saturated silently, C++'s was undefined); ``round(x)`` too (``(long) Math.rint(x)``,
  ``llrint(x)``): ``pyLong(Math.rint(x))``, ``py_long(rint(x))``. Beyond 64 bits the translation
  raises where Python gives a big integer (a refusal at run time, never another value):
  ``test_a_float_beyond_64_bits_raises``;
- a Python list that never grows (a Java ``int[]``) passed to a parameter that takes a list (or
  ``None``, ``xs=None``): ``int[]`` is no ``List<Integer>``, the Java did not build; the argument
  is a list too now (``calls.py``: it grows as the callee's list);
- ``max(0, count)`` clamping a Python repeat count computed with ``%`` or ``//`` (C++'s
  ``floor_mod`` returns a long long): ``max(0, floor_mod(n, 4) - 2)`` did not build; ``max<int>``;
- C++ ``s.find(c)``/``s.rfind(t)`` compared, divided or shifted: the IR's -1 for npos was compared
  as -1 (``s.find('a') > 3`` false where C++'s npos is the largest size_t: true); now the
  search's result is read as a size_t there (C++ front end ``binary``), and in ``to_string``
  (``to_string(s.rfind('a'))`` gave -1, C++ 18446744073709551615);
- C++ ``to_string`` of an ``unsigned long long`` toward Java was ``String.valueOf`` of its bits
  in a long (-3 for 2**64 - 3): ``Long.toUnsignedString``.
"""

from __future__ import annotations

import re

import pytest

from soundness.case import Case, Verdict, cpp, judge_all, python
from support import require_compilers

S10 = "issue 12 session 10"


def _only(case: Case, *targets: str) -> Case:
    return Case(case.name, case.category, case.row, case.language, case.code, targets)


CASES: list[Case] = [
    cpp("cpp_atoi_without_digits_and_beyond_int", S10, "atoi/atoll: 0 without digits, a prefix, overflow as glibc",
        "long long f(int n) {\n    string s = \" \" + to_string(n) + \"x\";\n    int a = atoi(s.c_str());\n"
        "    int b = atoi(\"abc\") + atoi(\"\") + atoi(\"-\") + atoi(\"\\t+7 8\");\n"
        "    string big = to_string(n) + \"000\";\n    int c = atoi(big.c_str());\n"
        "    long long d = atoll((big + \"000000000\").c_str());\n    return a + b * 10LL + c + d % 1000003;\n}\n"),
    cpp("cpp_atoi_of_a_char_array", S10, "atoi/atol/stoi of a char array and of a substring",
        "long long f(string s) {\n    char buf[8] = \"42x\";\n    long v = atol(s.c_str());\n"
        "    return v + atoi(buf) + stoi(buf) + atoi(s.substr(0, 2).c_str());\n}\n"),
    _only(cpp("cpp_stoi_reads_a_prefix_toward_java", S10, "stoi/stoll of text with spaces, a sign and trailing characters",
              "long long f(int n) {\n    int q = stoi(\"  \" + to_string(n) + \"x7\");\n"
              "    long long r = stoll(\"\\t+\" + to_string(n % 1000) + \"_5 \");\n    return q * 1000LL + r;\n}\n"),
          "java"),
    _only(python("python_int_of_text_toward_java", S10, "int() of text with spaces, a sign and underscores",
                 "def f(n: int) -> int:\n    return int(\" \" + str(n) + \" \") + int(\"+5\") + int(\"1_0\") + int(\"\\t-0_7\\n\")\n"),
          "java"),
    python("python_int_of_text_beyond_32_bits", S10, "int(s) of a text holding more than 32 bits, kept and passed on",
           "def g(k: int) -> int:\n    return k % 7\n\n\n"
           "def f(n: int) -> int:\n    t = str(n) + \"1\"\n    x = int(t)\n    y = g(int(t + \"5\"))\n"
           "    return x // 3 + y + int(\"3\")\n"),
    python("python_round_to_digits", S10, "round(x, d): the exact value rounded, no scaling overflow",
           "def f(x: float, n: int) -> str:\n    d = round(x, 1)\n    e = round(x * 3, 2)\n    g = round(x / 7, 0)\n"
           "    h = round(n / 8, 2)\n    return str(d) + \"|\" + str(e) + \"|\" + str(g) + \"|\" + str(h) + \"|\" + "
           "str(round(2.675, 2)) + \"|\" + str(round(-0.04, 1))\n"),
    python("python_floor_of_a_float_beyond_32_bits", S10, "math.floor/ceil and int() of a float beyond 32 bits",
           "import math\n\n\ndef f(x: float) -> int:\n"
           "    return math.floor(x / 1000) % 1000 + math.ceil(x / 3000) % 7 + int(x / 2000) % 11\n"),
    python("python_array_passed_to_a_list_parameter", S10, "a list that never grows passed where a list (or None) is taken",
           "def g(xs, k: int) -> int:\n    return len(xs) + k\n\n\n"
           "def h(xs=None, k: int = 0) -> int:\n    if xs is None:\n        return -1\n    return len(xs) + k\n\n\n"
           "def f(n: int) -> int:\n    a = [n, n + 1]\n    b = []\n    b.append(n)\n"
           "    return g(a, 1) + g(b, 2) + h(a) + h() + h(b, 2) + h(None, 3)\n"),
    python("python_repeat_count_of_a_floor_mod", S10, "[0] * (n % 4 - 2), a count Python's % computes, maybe negative",
           "def f(n: int, s: str) -> str:\n    d = [0] * (n % 4 - 2)\n    c = \"-\" * (n % 5 - 2)\n"
           "    return str(len(d)) + \"|\" + c + \"|\" + str(n ** -1 if n != 0 else 0.0)\n"),
    cpp("cpp_find_result_compared_as_size_t", S10, "s.find(c) > 3, s.rfind(t) >= 2, s.find(c) < s.size(), s.find(c) / 2",
        "int f(string s) {\n    int r = 0;\n    if (s.find('a') > 3) r += 1;\n    if (s.rfind(\"b\") >= 2) r += 10;\n"
        "    if (s.find('c') < s.size()) r += 100;\n    long long d = s.find('z') / 2;\n    return r + (int) (d % 1000);\n}\n"),
    _only(cpp("cpp_to_string_of_unsigned_and_of_a_search", S10, "to_string of an unsigned long long and of s.rfind(c)",
              "string f(long long n, string s) {\n    unsigned long long x = (unsigned long long) n * 3;\n"
              "    unsigned int y = (unsigned int) n;\n"
              "    return to_string(x) + \"|\" + to_string(y) + \"|\" + to_string(s.rfind('a'));\n}\n"),
          "java", "python"),
]  # fmt: skip

# a clean refusal is the expected outcome there (with its place)
REFUSED = {("python_array_passed_to_a_list_parameter", "cpp")}  # a list that may be None: shared, no std::optional


@pytest.fixture(scope="module")
def verdicts() -> dict[tuple[str, str], Verdict]:
    require_compilers()
    return judge_all(CASES)


@pytest.mark.parametrize(
    ("case", "target"), [pytest.param(c, t, id=f"{c.name}-{t}") for c in CASES for t in c.targets]
)
def test_translation_agrees_with_its_source(case: Case, target: str, verdicts: dict[tuple[str, str], Verdict]) -> None:
    verdict = verdicts[case.name, target]
    expected = "refused" if (case.name, target) in REFUSED else "agrees"
    assert verdict.outcome == expected, f"{verdict.outcome}: {verdict.detail}\n--- translation ---\n{verdict.translation}"


# Python's int of a float beyond 64 bits: the translation raises (C++ aborts on the exception)
# where it gave another value (Java's saturated long: 1614 for x = 1e18) or was undefined.
BEYOND_64 = python("python_float_to_int_beyond_64_bits", S10, "round(x) and int(x) of a float beyond 2**63",
                   "def f(x: float) -> int:\n    return round(x * 100) % 1000 + int(x * 50) % 1000\n")  # fmt: skip


@pytest.mark.parametrize("target", ["cpp", "java"])
def test_a_float_beyond_64_bits_raises(target: str) -> None:
    require_compilers()
    verdict = judge_all([_only(BEYOND_64, target)])[BEYOND_64.name, target]
    assert verdict.outcome in ("agrees", "differs"), verdict.detail
    if verdict.outcome == "differs":  # only where Python's value needs more than 64 bits
        assert "x=1e+18" in verdict.detail and re.search(r"got nothing \((raised|crashed)", verdict.detail), verdict.detail
