"""Silent wrong translations found in session 7 (issue 12, correct or refuse), each a category:

- a C++ ``char`` computed from an int (``acc += c``, ``(char) (x + k)``) wraps at 8 bits signed,
  which neither a Python ``chr`` nor a Java ``char`` holds: translated where the range analysis
  bounds the value in -128..127 (a character constant is its code: ``sum % 10 + '0'``), refused
  with its place elsewhere;
- a C++ ``unsigned long long`` converted to ``double``/``float`` toward Java (whose ``long`` holding
  its bits is signed): ``unsignedToDouble``/``unsignedToFloat``, rounded once;
- ``long double`` (x87 80-bit) is refused, not read as ``long``;
- a Java ``null`` stored where C++ holds a value (``String t = c ? s : null``) is refused;
- a Python ``_`` bound before ``for _ in range(n)`` keeps one name in C++ and Java.

The translations run against their sources (``transcoder.verify``, and fixed inputs that show
each difference); a clean refusal passes the differential check and is asserted where expected.
"""

from __future__ import annotations

import pytest

from soundness.case import Case, Verdict, cpp, java, judge_all, python
from support import CFamilyCase, Outcomes, cfamily_outcomes, require_compilers
from transcoder import translate
from transcoder.errors import TranscoderError

WRONGS = "session 7 wrong translations"

CASES: list[Case] = [
    cpp("cpp_char_accumulates", WRONGS, "char += char wraps at 8 bits",
        "char checksum(string s) {\n    char acc = 0;\n    for (char c : s) {\n        acc += c;\n    }\n"
        "    return acc;\n}\n"),
    cpp("cpp_char_from_unbounded_int", WRONGS, "(char) of an int that may leave -128..127",
        "string letters(int k) {\n    string r = \"\";\n    for (int i = 0; i < k % 100; i++) r = r + (char) ('a' + i);\n"
        "    return r;\n}\n"),
    cpp("cpp_char_bounded", WRONGS, "char computed in range",
        "string digits(int n) {\n    string r = \"\";\n    for (int i = 0; i < 6; i++) {\n        r.push_back(n % 10 + '0');\n"
        "        n /= 10;\n    }\n    char c = 'a' + n % 26;\n    r += c;\n    return r;\n}\n"),
    java("java_string_local_null", WRONGS, "String local assigned null, to C++",
         "static String pick(int n) {\n    String t = n > 0 ? \"a\" : null;\n    return t == null ? \"none\" : t;\n}\n"),
    java("java_string_local_null_later", WRONGS, "String local null then assigned, to C++",
         "static int size(int n) {\n    String t = null;\n    if (n > 0) t = \"ab\";\n    return t == null ? -1 : t.length();\n}\n"),
    python("python_underscore_bound_before_loop", WRONGS, "_ = 0 then for _ in range(n)",
           "def count(n: int) -> int:\n    _ = 5\n    s = 0\n    for _ in range(n % 50):\n        s += _\n    return s * 100 + _\n"),
    python("python_underscore_parameter", WRONGS, "a parameter named _",
           "def twice(_: int, n: int) -> int:\n    s = _ % 1000\n    for _ in range(n % 20):\n        s += 2\n    return s + _\n"),
]  # fmt: skip

REFUSED = {  # (case, target) -> (line, column) of the refusal
    ("cpp_char_accumulates", "python"): (4, 9),
    ("cpp_char_accumulates", "java"): (4, 9),
    ("cpp_char_from_unbounded_int", "python"): (3, 47),
    ("cpp_char_from_unbounded_int", "java"): (3, 47),
    ("java_string_local_null", "cpp"): (2, 30),
}


@pytest.fixture(scope="module")
def verdicts() -> dict[tuple[str, str], Verdict]:
    require_compilers()
    return judge_all(CASES)


@pytest.mark.parametrize(
    ("case", "target"), [pytest.param(c, t, id=f"{c.name}-{t}") for c in CASES for t in c.targets]
)
def test_translation_agrees_with_its_source_or_is_refused(
    case: Case, target: str, verdicts: dict[tuple[str, str], Verdict]
) -> None:
    verdict = verdicts[case.name, target]
    assert verdict.acceptable, f"{verdict.outcome}: {verdict.detail}\n--- translation ---\n{verdict.translation}"
    expected = "refused" if (case.name, target) in REFUSED else "agrees"
    assert verdict.outcome == expected, verdict.detail


@pytest.mark.parametrize(("name", "target"), sorted(REFUSED))
def test_refusal_names_its_place(name: str, target: str) -> None:
    case = next(c for c in CASES if c.name == name)
    with pytest.raises(TranscoderError) as error:
        translate(case.code, source=case.language, target=target)
    assert error.value.location is not None
    assert (error.value.location.line, error.value.location.column) == REFUSED[name, target]


def test_long_double_is_refused_not_read_as_long() -> None:
    code = "double widen(unsigned long long x) {\n    return (long double) x / 3;\n}\n"
    for target in ("java", "python"):
        with pytest.raises(TranscoderError, match="long double"):
            translate(code, source="cpp", target=target)


# 2**63 + 1025 rounds up to 2**63 + 2048 (a halving without the sticky bit rounds down to 2**63);
# 2**64 - 1 rounds to 2**64; hi = 0 stays below 2**63
_UNSIGNED_TO_FLOATING = CFamilyCase(
    "unsigned_long_long_to_double_and_float",
    "cpp",
    """long long floating(int hi, int lo) {
    unsigned long long x = ((unsigned long long) (unsigned) hi << 32) | (unsigned) lo;
    double d = x;
    float f = (float) x;
    double h = x * 0.5;
    d += x;
    return (long long) (d / 4096.0) * 7 + (long long) (f / 1099511627776.0) * 3
        + (long long) ((double) x / 8192.0) + (long long) (h / 4096.0);
}""",
    "floating",
    ((-2147483648, 1025), (-1, -1), (0, 5), (-2147483648, 0), (2147483647, -1), (-1, -2049)),
)


@pytest.fixture(scope="module")
def outcomes() -> Outcomes:
    return cfamily_outcomes([_UNSIGNED_TO_FLOATING])


@pytest.mark.parametrize("target", _UNSIGNED_TO_FLOATING.targets)
def test_unsigned_long_long_converts_to_floating_as_cpp_does(outcomes: Outcomes, target: str) -> None:
    expected, actual, text = outcomes[(_UNSIGNED_TO_FLOATING.name, target)]
    assert len(expected) == len(_UNSIGNED_TO_FLOATING.calls)
    assert actual == expected, f"translation to {target}:\n{text}"
