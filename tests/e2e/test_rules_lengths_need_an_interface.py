"""An int after an array is that array's length only where an interface says so (correct or refuse).

GfG's convention (``f(int arr[], int n)``: ``n`` is ``arr``'s length) is a property of the callers,
which no body proves: ``sum_below([1, 2, 3], 5)`` is a call like any other. Without a pinned
signature (``--signature``, ``--signature-from-tests``), a Java or Python array whose length the
function reads is a C++ ``vector`` that knows it, whatever the ints after it are named or used
for; the old rule took such an int for the length wherever the body used it as "nothing else"
(a loop bound, an unused parameter, a comparison with an element's own length), and the C++
translation read past the array or stopped early. Each case is run against its source on the
verifier's boundary and random inputs (which include lengths that are not the array's).
"""

from __future__ import annotations

import pytest

from soundness.case import Case, Verdict, java, judge_all, python
from support import require_compilers
from transcoder.engines.rules import RulesEngine

ROW = "array length read beside an int parameter"
CASES: list[Case] = [
    java("java_length_read_beside_a_bound", "lengths", ROW,
         "static int sumBelow(int[] a, int n) {\n    int s = 0;\n"
         "    for (int i = 0; i < a.length; i++) if (i < n) s += a[i] % 1000;\n    return s;\n}\n"),
    java("java_for_each_beside_an_unused_int", "lengths", ROW,
         "static int sumAll(int[] a, int n) {\n    int s = 0;\n    for (int x : a) s += x % 1000;\n    return s;\n}\n"),
    java("java_strings_beside_a_threshold", "lengths", ROW,
         "static int countLong(String[] words, int k) {\n    int c = 0;\n"
         "    for (String w : words) if (w.length() > k) c++;\n    return c;\n}\n"),
    python("python_len_beside_a_bound", "lengths", ROW,
           "def total(arr: list[int], n: int) -> int:\n    s = 0\n    for i in range(len(arr)):\n"
           "        if i < n:\n            s += arr[i] % 1000\n    return s\n"),
    python("python_for_each_beside_an_unused_int", "lengths", ROW,
           "def total(arr: list[int], n: int) -> int:\n    s = 0\n    for x in arr:\n        s += x % 1000\n    return s\n"),
]  # fmt: skip


@pytest.fixture(scope="module")
def verdicts() -> dict[tuple[str, str], Verdict]:
    require_compilers()
    return judge_all(CASES)


@pytest.mark.parametrize("case", [pytest.param(c, id=c.name) for c in CASES])
def test_cpp_translation_agrees_with_its_source(case: Case, verdicts: dict[tuple[str, str], Verdict]) -> None:
    verdict = verdicts[case.name, "cpp"]
    assert verdict.outcome == "agrees", f"{verdict.outcome}: {verdict.detail}\n--- translation ---\n{verdict.translation}"
    assert "vector<" in verdict.translation, verdict.translation  # the array knows its length


@pytest.mark.parametrize("source", ["java", "python"])
def test_a_pinned_signature_still_states_the_convention(source: str) -> None:
    """``--signature`` is the explicit interface: ``int arr[], int n`` takes n for the length."""
    code = {
        "java": "static int sumAll(int[] a, int n) {\n    int s = 0;\n    for (int x : a) s += x;\n    return s;\n}\n",
        "python": "def sumAll(a, n):\n    s = 0\n    for x in a:\n        s += x\n    return s\n",
    }[source]
    translated = RulesEngine().translate(code, source, "cpp", signature="int sumAll(int a[], int n)")[0].code
    assert "int a[], int n" in translated and "i < n" in translated, translated
