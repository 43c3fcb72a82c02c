"""C++ sources, session 11 (issue 13, breadth; issue 12, correct or refuse), each translation built
and run against its source in Java and Python on inputs that include the edge cases:

- ``p.first == q.first`` / ``!=`` of two pair members (``pair<int, long long>``, a ``vector`` of
  pairs) toward Java: ``getKey()``/``getValue()`` are Integer/Long objects, and ``==`` of two
  objects compared their identity (false for equal values beyond the -128..127 cache): one side is
  unboxed now (java/backend ``_boxed``), as for list elements;
- a ``#define`` with a comment after its value (``#define M 100 // max``, ``#define SQ(x) ((x) * (x))
  /* square */``, ``#define C 0.7071f // 1/sqrt(2)``): the comment was part of the value, pasted where
  the macro is used (``x % 100 // max + N`` commented out the rest of the line: a syntax error), or
  refused as "not a constant expression"; a define's comments are removed before expansion now
  (languages/cpp/preprocess ``without_define_comments``; literals such as ``"a//b"`` kept).
"""

from __future__ import annotations

import pytest

from soundness.case import Case, Verdict, cpp, judge_all
from support import require_compilers

S11 = "issue 13 session 11 (C++ sources)"


def _only(case: Case, *targets: str) -> Case:
    return Case(case.name, case.category, case.row, case.language, case.code, targets)


CASES: list[Case] = [
    cpp("cpp_pair_members_compared", S11, "p.first == q.first, p.second != q.second of boxed pair members",
        "int f(int n, int m) {\n    vector<pair<int, long long>> v;\n    v.push_back(make_pair(n, (long long) m * 1000));\n"
        "    v.push_back(make_pair(n + 0, (long long) m * 1000));\n    pair<char, int> c = make_pair((char) (n % 20 + 100), m);\n"
        "    pair<char, int> d = make_pair((char) (n % 20 + 100), m + 0);\n    int r = 0;\n"
        "    if (v[0].second == v[1].second) r += 1;\n    if (v[0].first != v[1].first) r += 2;\n"
        "    if (c.first == d.first) r += 4;\n    if (c.second == d.second) r += 8;\n"
        "    return r + (int) (v[0].second % 7);\n}\n"),
    cpp("cpp_define_with_a_comment", S11, "#define NAME value // comment, function-like macro with /* comment */",
        "#define M 100 // the modulus\n#define N (1 << 4) /* sixteen */\n#define SQ(x) ((x) * (x)) /* square */\n"
        "#define C 0.70710678118654752440f    // 1.0f / sqrt(2.0f)\n#define S \"a//b\" // a text with slashes\n"
        "string f(int x, float y) {\n    float t = (2 - 4 * C) * y + C; // C twice on a line\n"
        "    return to_string(x % M + N + SQ(x % 1000)) + S + to_string((int) (t * 100));\n}\n"),
]  # fmt: skip

# a clean refusal is the expected outcome there (with its place)
REFUSED: set[tuple[str, str]] = set()


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
