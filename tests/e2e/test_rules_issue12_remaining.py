"""The last known silent differences of issue 12 (correct or refuse), each a category, each run
against its source:

- a C++ double converted to an unsigned type: g++ on x86-64 converts to ``unsigned long long``
  through ``x - 2**63`` from ``2**63`` on (0 from ``2**64``, NaN and values below ``-2**63`` are
  ``2**63``, a negative value keeps the signed conversion's bits), to ``unsigned int`` through the
  64-bit signed conversion and to narrower types through the 32-bit one (their low bits); Java's
  ``(long)`` saturates and Python's ``int`` is unbounded (``x86Unsigned``/``x86_unsigned``);
- Python ``@lru_cache(...)`` read from its syntax tree, not its text: a comment inside or after the
  arguments (``@lru_cache(3)  # not maxsize=None`` was read as unbounded, so a cache that evicts
  entries of a function reading changing module state was accepted), parentheses and ``1_000``;
- Python ``str.find``/``rfind``/``count`` with start and end, and ``rsplit`` with a limit, are library
  operations (``LibOp.PY_STR_FIND``, ...; helpers ``py_find``/``pyFind``, ...) with Python's
  clamping of start and end and its empty-needle results;
- a Java ``String`` local that may be null (assigned ``null``, compared with it) is a C++
  ``optional<string>`` (``cpp/nullable.py``): ``*s`` where it is shown not null, ``java_deref`` where
  Java dereferences it and would throw NullPointerException, refused with the null's place where
  a maybe-null value is read otherwise (returned, concatenated, passed).
"""

from __future__ import annotations

import pytest

from soundness.case import Case, Verdict, java, judge_all, python
from support import CFamilyCase, Outcomes, cfamily_outcomes, require_compilers
from transcoder.engines.rules import RulesEngine
from transcoder.errors import UnsupportedConstruct

REMAINING = "issue 12 remaining"

# (a, e, mode): d = a * 2**e, or d / 0.0 with mode 1 (infinities, NaN for a = 0)
_DOUBLE_TO_UNSIGNED = CFamilyCase(
    "cpp_double_to_unsigned",
    "cpp",
    """long long conv(int a, int e, int mode) {
    double d = a * pow(2.0, e);
    if (mode == 1) d = d / 0.0;
    unsigned long long u = (unsigned long long) d;
    unsigned int w = d;
    unsigned short s = (unsigned short) d;
    unsigned long long v = d * 0.5;
    return (long long) (u % 1000000007ULL) * 1000 + (long long) (u >> 50) + (long long) (w % 1000) * 7 + s
        + (long long) (v % 999983ULL) * 3 + (long long) (v >> 61);
}""",
    "conv",
    (
        (3, 62, 0), (1, 63, 0), (1, 64, 0), (2, 64, 0), (-1, 0, 0), (-3, 62, 0), (-1, 63, 0),
        (5, 30, 0), (-5, 30, 0), (1, 0, 1), (-1, 0, 1), (0, 0, 1), (7, -1, 0), (-7, -1, 0),
        (3, 61, 0), (2147483647, 33, 0), (-2147483647, 33, 0), (65537, 0, 0), (-65537, 15, 0),
    ),
)  # fmt: skip

_CASES = [_DOUBLE_TO_UNSIGNED]


@pytest.fixture(scope="module")
def outcomes() -> Outcomes:
    return cfamily_outcomes(_CASES)


@pytest.mark.parametrize(
    ("case", "target"), [pytest.param(c, t, id=f"{c.name}-{t}") for c in _CASES for t in c.targets]
)
def test_cfamily_translation_prints_what_its_source_prints(outcomes: Outcomes, case: CFamilyCase, target: str) -> None:
    expected, actual, text = outcomes[(case.name, target)]
    assert len(expected) == len(case.calls)
    assert actual == expected, f"translation to {target}:\n{text}"


_FIB = "def f(n: int) -> int:\n    return n if n < 2 else (f(n - 1) + f(n - 2)) % 1000003\n\n\ndef g(n: int) -> int:\n    return f(n % 90)\n"
CASES: list[Case] = [
    python("python_find_rfind_count_ranges", REMAINING, "str.find/rfind/count with start and end",
           "def f(s: str, sub: str, a: int, b: int) -> int:\n"
           "    return s.find(sub, a, b) * 1000000 + s.rfind(sub, a) * 1000 + s.count(sub, a, b)\n\n\n"
           "def g(s: str, a: int, b: int) -> int:\n"
           "    return s.count(\"ab\", a) * 10000 + s.rfind(\"\", a, b) * 100 + s.find(\"\", b) + s.count(\"\", b, a)\n"),
    python("python_rsplit_limit", REMAINING, "str.rsplit(sep, maxsplit)",
           "def f(s: str, k: int) -> str:\n    parts = s.rsplit(\",\", k)\n    return \"|\".join(parts) + str(len(parts))\n\n\n"
           "def g(s: str, k: int) -> int:\n    return len(s.rsplit(\"ab\", k % 4 - 1))\n"),
    java("java_string_local_null_in_loop", REMAINING, "String best = null; if (best == null || ...) best = x",
         "static String longestRun(String s) {\n    String best = null;\n    int i = 0;\n    while (i < s.length()) {\n"
         "        int j = i;\n        while (j < s.length() && s.charAt(j) == s.charAt(i)) j++;\n"
         "        String run = s.substring(i, j);\n        if (best == null || run.length() > best.length()) best = run;\n"
         "        i = j;\n    }\n    return best == null ? \"empty\" : best + \"!\";\n}\n"),
    java("java_string_local_null_again", REMAINING, "String local set null again inside a loop",
         "static int changes(String s) {\n    String prev = null;\n    int n = 0;\n"
         "    for (int i = 0; i < s.length(); i++) {\n        String cur = s.substring(i, i + 1);\n"
         "        if (prev != null && !prev.equals(cur)) n++;\n        if (cur.equals(\" \")) {\n            prev = null;\n"
         "        } else {\n            prev = cur;\n        }\n    }\n    return n;\n}\n"),
    java("java_string_local_null_dereferenced", REMAINING, "maybe-null String local dereferenced: Java's NPE",
         "static int size(int n) {\n    String t = null;\n    if (n > 2) t = \"abc\";\n"
         "    return t.length() + n % 100;\n}\n"),
    java("java_string_local_null_switch", REMAINING, "String local set null in a switch",
         "static int pick(int n) {\n    String t = \"x\";\n    switch (n % 3) {\n        case 0:\n            t = null;\n"
         "        case 1:\n            t = t == null ? \"zero\" : \"one\";\n            break;\n        default:\n"
         "            break;\n    }\n    return t == null ? -1 : t.length();\n}\n"),
    python("python_lru_cache_comment_in_arguments", REMAINING, "a comment inside @lru_cache(...)",
           "from functools import lru_cache\n\n\n@lru_cache(\n    maxsize=None,  # keep every entry\n)\n" + _FIB),
    python("python_lru_cache_parenthesised_underscored", REMAINING, "maxsize = (None), maxsize=1_000",
           "import functools\n\n\n@functools.lru_cache(maxsize = (None), typed=False)\n" + _FIB.replace("f(", "h(")
           + "\n\n@functools.lru_cache(1_000)\ndef k(n: int) -> int:\n    return n * 2 + h(n % 50)\n"),
]  # fmt: skip


REFUSED = {("java_string_local_null_switch", "python"): "refused"}  # a case falling through: no Python form


@pytest.fixture(scope="module")
def verdicts() -> dict[tuple[str, str], Verdict]:
    require_compilers()
    return judge_all(CASES)


@pytest.mark.parametrize(
    ("case", "target"), [pytest.param(c, t, id=f"{c.name}-{t}") for c in CASES for t in c.targets]
)
def test_translation_agrees_with_its_source(case: Case, target: str, verdicts: dict[tuple[str, str], Verdict]) -> None:
    verdict = verdicts[case.name, target]
    expected = REFUSED.get((case.name, target), "agrees")
    assert verdict.outcome == expected, f"{verdict.outcome}: {verdict.detail}\n--- translation ---\n{verdict.translation}"
    if expected == "refused":
        return
    if case.name.startswith("python_lru"):
        assert "uncached" in verdict.translation  # memoised, not refused
    elif case.language == "python":  # library calls (runtime helpers), not loops built in the IR
        helper = "rsplit(" if "rsplit" in case.name else "find("
        assert helper in verdict.translation.lower().replace("_", ""), verdict.translation
    elif target == "cpp":
        assert "optional<string>" in verdict.translation  # a String local that may be null


_GROWS = "prefix = 'a'\n\n\ndef grow() -> None:\n    global prefix\n    prefix = prefix + 'b'\n\n\n"


@pytest.mark.parametrize("target", ["cpp", "java"])
@pytest.mark.parametrize(
    ("decorator", "refusal"),
    [
        # bounded (3 entries): an evicted entry is computed again from the changed prefix
        ("@lru_cache(3)  # not maxsize=None", r"line 11:1: .*'@lru_cache\(3\)' with a maxsize on a function that reads"),
        ("@lru_cache(  # maxsize=None\n    3)", r"line 11:1: .*with a maxsize on a function that reads"),
        ("@lru_cache(typed=True)", r"line 11:1: .*with a maxsize on a function that reads"),
        # not a constant argument: another decorator
        ("@lru_cache(maxsize=int('5'))", r"line 11:1: .*decorator '@lru_cache\(maxsize=int\('5'\)\)'"),
        ("@lru_cache(None, True, 3)", r"line 11:1: .*decorator '@lru_cache\(None, True, 3\)'"),
        ("@lru_cache(size=None)", r"line 11:1: .*decorator '@lru_cache\(size=None\)'"),
    ],
)
def test_lru_cache_arguments_come_from_the_syntax_tree(decorator: str, refusal: str, target: str) -> None:
    code = "from functools import lru_cache\n\n" + _GROWS + decorator + "\ndef f(n: int) -> str:\n    return prefix + str(n)\n"
    with pytest.raises(UnsupportedConstruct, match=refusal):
        RulesEngine().translate(code, "python", target)


@pytest.mark.parametrize(
    ("code", "place"),
    [
        # a maybe-null local read where Java does not dereference it: the null's place
        ("static String f(int n) {\n    String t = null;\n    if (n > 0) t = \"a\";\n    return t;\n}\n", (2, 16)),
        ("static String f(int n) {\n    String t = null;\n    if (n > 0) t = \"a\";\n    return t + \"b\";\n}\n", (2, 16)),
        # null again after the check
        ("static int f(int n) {\n    String t = \"a\";\n    if (t != null) {\n        t = null;\n"
         "        return t.length() + (t == null ? 1 : 0);\n    }\n    return 0;\n}\n", None),
        # a null that is not plain: c ? s : null
        ("static int f(int n) {\n    String t = null;\n    t = n > 0 ? \"a\" : null;\n    return t == null ? 0 : 1;\n}\n", (2, 16)),
    ],
)
def test_a_maybe_null_string_local_read_as_a_value_is_refused(code: str, place: tuple[int, int] | None) -> None:
    try:
        translated = RulesEngine().translate(code, "java", "cpp")[0].code
    except UnsupportedConstruct as error:
        assert place is not None and error.location is not None, error
        assert (error.location.line, error.location.column) == place
        return
    assert place is None, translated
    assert "java_deref(t).length()" in translated  # Java throws NullPointerException there
