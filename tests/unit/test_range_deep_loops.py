"""Loops nested deep in the range analysis (issue 10): a loop inside ``_DEEP`` or more loops whose
fixpoints are being found joins its entries, instead of a full analysis at every round of every
loop above it (4**depth passes through the innermost body), and after ``_DEEP_JOINS`` runs
widens a bound of its own variables that keeps growing. Where the entries settle, every
operation gets the value the full analysis gives, at a fraction of the passes; a count fed back
through the loops is widened, never narrowed (hand-written inputs)."""

from __future__ import annotations

import pytest

from transcoder.engines.rules import ir
from transcoder.engines.rules.analysis import ranges as ranges_module
from transcoder.engines.rules.analysis.intervals import Interval
from transcoder.engines.rules.analysis.ranges import Ranges
from transcoder.engines.rules.passes.wraparound import JAVA
from transcoder.engines.rules.pipeline import SOURCES, Request

SIX_DEEP = """
int closest(int limit) {
    int best = 100;
    for (int a = 0; a < 4; a++)
      for (int b = 0; b < 4; b++)
        for (int c = 0; c < 4; c++)
          for (int d = 0; d < 4; d++)
            for (int e = 0; e < 4; e++)
              for (int g = 0; g < 4; g++)
                if (a + b + c == d + e + g && a * b + g < limit) {
                  int here = a + 2 * b + 3 * c;
                  if (here < best) best = here;
                }
    return best;
}
"""
SIX_DEEP_COUNTING = """
int tuples(int total, int limit) {
    int count = 0, best = 100;
    for (int a = 0; a < 4; a++)
      for (int b = 0; b < 4; b++)
        for (int c = 0; c < 4; c++)
          for (int d = 0; d < 4; d++)
            for (int e = 0; e < 4; e++)
              for (int g = 0; g < 4; g++)
                if (a + b + c == d + e + g && a * b + g < limit) {
                  int here = a + 2 * b + 3 * c;
                  if (here < best) best = here;
                  count++;
                }
    return count + best;
}
"""
DEEP_WHILE = """
long walk(int n) {
    long total = 0;
    int i = 0;
    while (i < n) {
      for (int j = 0; j < 3; j++)
        for (int k = j; k < 3; k++) {
          int m = 0;
          while (m < k) { total += i * m; m++; }
        }
      i++;
    }
    return total;
}
"""


def _function(code: str) -> ir.Function:
    return SOURCES["cpp"].parse(Request(code, "cpp", "python")).module.functions[0]


def _analyse(function: ir.Function, deep: int, monkeypatch: pytest.MonkeyPatch) -> tuple[Ranges, int]:
    """The analysis with ``_DEEP`` set to ``deep``, and how many passes through loop bodies it made."""
    passes = 0
    iteration = Ranges.iteration

    def counted(self: Ranges, *args: object) -> ranges_module.State | None:
        nonlocal passes
        passes += 1
        return iteration(self, *args)  # type: ignore[arg-type]

    with monkeypatch.context() as patch:
        patch.setattr(ranges_module, "_DEEP", deep)
        patch.setattr(Ranges, "iteration", counted)
        analysis = Ranges(function, lambda _: True, JAVA.char_range)
    return analysis, passes


def _arithmetic(function: ir.Function, analysis: Ranges) -> dict[int, Interval]:
    """The values the wrap-around pass asks for: every binary and unary operation's."""
    kinds = (ir.Binary, ir.Unary)
    return {id(node): analysis.exact(node) for node in ir.walk(function) if isinstance(node, kinds)}


@pytest.mark.parametrize("code", [SIX_DEEP, DEEP_WHILE], ids=["six-for", "while-for-for-while"])
def test_settling_entries_give_what_the_full_analysis_gives(code: str, monkeypatch: pytest.MonkeyPatch) -> None:
    function = _function(code)
    full, full_passes = _analyse(function, 100, monkeypatch)  # never joined: every round, every loop
    joined, joined_passes = _analyse(function, ranges_module._DEEP, monkeypatch)
    assert joined_passes < full_passes / 2
    # the same value for every operation (a loop counter read by its own test may come out
    # narrower: a loop above converges before widening it)
    assert _arithmetic(function, full) == _arithmetic(function, joined)


def test_a_count_fed_back_through_six_loops_is_widened_and_still_holds_its_values(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    function = _function(SIX_DEEP_COUNTING)
    full, full_passes = _analyse(function, 100, monkeypatch)
    joined, joined_passes = _analyse(function, ranges_module._DEEP, monkeypatch)
    assert joined_passes < full_passes / 4
    step = next(
        n for n in ir.walk(function) if isinstance(n, ir.IncDec) and isinstance(n.target, ir.Name) and n.target.id == "count"
    )
    assert full.exact(step) == Interval(1, 4096)  # at most 4**6 matches
    assert Interval(1, 4096).within(joined.exact(step))  # widened (to int's limit), never narrower
    here = next(n for n in ir.walk(function) if isinstance(n, ir.VarDecl) and n.name == "here")
    assert here.init is not None and joined.exact(here.init) == Interval(0, 18)  # counters: exact


@pytest.mark.parametrize("code", [SIX_DEEP, SIX_DEEP_COUNTING], ids=["settling", "counting"])
def test_six_nested_loops_take_a_bounded_number_of_passes(code: str, monkeypatch: pytest.MonkeyPatch) -> None:
    function = _function(code)
    analysis, passes = _analyse(function, ranges_module._DEEP, monkeypatch)
    assert passes < 1000  # the full analysis makes more than 4**6 = 4096
    sums = [n for n in ir.walk(function) if isinstance(n, ir.Binary) and n.op == ir.BinaryOp.ADD]
    # the counters stay bounded by their conditions: a + b + c is within 0..9, no wrap-around
    assert any(analysis.exact(n) == Interval(0, 9) for n in sums)
