"""Issue 12, session 11: silent wrong translations (or outputs that threw where the source gives a
value), each a category, each translated and run against its source, or refused with its place:

- Python widths: a sum of two terms that may each be any 64-bit value was taken to fit 64 bits
  ("sums take more steps than any run makes"), true of a counter or of a total of 32-bit values,
  not of values carried through a loop and added to each other: Fibonacci ``a, b = b, a + b``,
  Bell numbers through a list's elements (``nxt.append(nxt[-1] + v)`` with ``v`` an element of
  the previous row), a Pascal row (``new.append(row[j - 1] + row[j])``), a list of Fibonacci
  numbers appended and summed: 64-bit in C++ and Java where Python's grow without bound (fib(100)
  wrapped). Now such a sum is a big integer, and what it flows into (``widths.adds_full_ranges``);
- a list, array or tuple written out whose value outgrows its position (``f = [f[1], f[0] +
  f[1]]``, ``p = (p[1], p[0] + p[1])``) was narrowed there to the 32-bit element type (``(int)
  ((long) f[0] + f[1])``): its elements widen now as a variable's do (``widths.literal_parts``).
"""

from __future__ import annotations

import pytest

from soundness.case import Case, Verdict, judge_all, python
from support import require_compilers

S11 = "issue 12 session 11"


def _only(case: Case, *targets: str) -> Case:
    return Case(case.name, case.category, case.row, case.language, case.code, targets)


CASES: list[Case] = [
    python("python_bell_numbers_through_list_elements", S11, "a sum of a list's elements appended, the list carried on",
           "def f(n: int) -> int:\n    row = [1]\n    for _ in range(n % 120):\n        nxt = [row[-1]]\n"
           "        for v in row:\n            nxt.append(nxt[-1] + v)\n        row = nxt\n    return row[0] % 1000003 + len(str(row[0]))\n"),
    python("python_pascal_row_through_list_elements", S11, "two elements of the previous row added and appended",
           "def f(n: int) -> int:\n    row = [1]\n    for _ in range(n % 150):\n        new = [1]\n"
           "        for j in range(1, len(row)):\n            new.append(row[j - 1] + row[j])\n"
           "        new.append(1)\n        row = new\n    return row[len(row) // 2] % 998244353\n"),
    python("python_fibonacci_of_two_scalars", S11, "a, b = b, a + b carried through a loop",
           "def f(n: int) -> int:\n    a, b = 0, 1\n    for _ in range(n % 200):\n        a, b = b, a + b\n"
           "    return a % 1000000007 + a // 10 ** 30\n"),
    python("python_fibonacci_list_appended_and_summed", S11, "f.append(f[i - 1] + f[i - 2]), then sum(f)",
           "def f(n: int) -> int:\n    fs = [0, 1]\n    for i in range(2, n % 150 + 2):\n        fs.append(fs[i - 1] + fs[i - 2])\n"
           "    return sum(fs) % 1000000007\n"),
    python("python_list_literal_of_a_sum", S11, "f = [f[1], f[0] + f[1]]: a written-out list whose value outgrows it",
           "def f(n: int) -> int:\n    fs = [1, 1]\n    for _ in range(n % 150):\n        fs = [fs[1], fs[0] + fs[1]]\n"
           "    return fs[0] % 1000000007\n"),
    python("python_tuple_of_a_sum", S11, "p = (p[1], p[0] + p[1]): a tuple whose value outgrows its position",
           "def f(n: int) -> int:\n    p = (0, 1)\n    for _ in range(n % 150):\n        p = (p[1], p[0] + p[1])\n"
           "    return p[0] % 1000000007\n"),
    python("python_dict_values_added", S11, "d[k] = d[k - 1] + d[k - 2]: values of a dict added",
           "def f(n: int) -> int:\n    d = {0: 1, 1: 1}\n    for k in range(2, n % 150 + 2):\n        d[k] = d[k - 1] + d[k - 2]\n"
           "    return d[n % 150 + 1] % 1000000007\n"),
    python("python_table_added_in_place", S11, "p[j] += p[j - i] (partitions), c[i] += c[i - 1] (prefix of a table)",
           "def f(n: int) -> int:\n    m = n % 300\n    p = [0] * (m + 1)\n    p[0] = 1\n    for i in range(1, m + 1):\n"
           "        for j in range(i, m + 1):\n            p[j] += p[j - i]\n    c = [1] * 100\n"
           "    for i in range(1, 100):\n        c[i] += c[i - 1] * 3\n    return p[m] % 1000000007 + c[99] % 1009\n"),
]  # fmt: skip

# a clean refusal is the expected outcome there (with its place)
REFUSED = {
    ("python_tuple_of_a_sum", "cpp"),  # a pair of big integers: no such pair yet
    ("python_tuple_of_a_sum", "java"),
}


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
