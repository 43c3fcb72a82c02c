"""The property-based layer of the soundness suite: Hypothesis draws the inputs (whole integer
ranges, any printable strings, containers of any size up to 8) for every case of issue 12's
categories whose translation agrees with its source on the boundary inputs, and the translation
must still agree. Examples are drawn deterministically (``derandomize``), a few per run. The cells
are split into shards of ``SHARD_CELLS`` (one test each), so that an example, one input batch for
every cell of its shard at once (one build per language, not one per input), stays small enough for
Hypothesis (``large_base_example``) however many cases the categories grow to; every cell is drawn
for on every run."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from soundness.case import Case, Verdict, judge_all
from soundness.cases_semantics import CASES
from soundness.known_wrong import WRONG, WRONG_ON_DRAWN_INPUTS
from soundness.strategies import arguments
from support import require_compilers
from transcoder.languages import get_language
from transcoder.verify import testgen
from transcoder.verify.selection import Request, verify_many

INPUTS_PER_FUNCTION = 10
# Cells per test: a cell's simplest inputs take up to ~180 of the 4096 choices Hypothesis allows
# the smallest example (strategies.py; 10 inputs of a few containers).
SHARD_CELLS = 20
# Every cell that may agree, in a fixed order; shard k is CELLS[k * SHARD_CELLS : (k + 1) * SHARD_CELLS].
CELLS = [
    (case.name, target)
    for case in CASES
    for target in case.targets
    if (case.name, target) not in WRONG and (case.name, target) not in WRONG_ON_DRAWN_INPUTS
]
SHARDS = range(-(-len(CELLS) // SHARD_CELLS))


@pytest.fixture(scope="module")
def agreeing() -> list[tuple[Case, str, str, dict[str, testgen.Interface]]]:
    """(case, target, translation, interfaces) for every cell that agrees today."""
    require_compilers()
    chosen = [case for case in CASES if any((case.name, t) not in WRONG for t in case.targets)]
    verdicts: dict[tuple[str, str], Verdict] = judge_all(chosen)
    found = []
    for case in chosen:
        functions = get_language(case.language).extract_functions(case.code)
        interfaces = {}
        for function in functions:
            try:
                interfaces[function.name] = testgen.interface_of(function, functions)
            except testgen.TestGenerationError:
                continue
        for target in case.targets:
            verdict = verdicts[case.name, target]
            if (
                verdict.outcome == "agrees"
                and interfaces
                and (case.name, target) not in WRONG_ON_DRAWN_INPUTS
            ):
                found.append((case, target, verdict.translation, interfaces))
    return found


@settings(max_examples=2, deadline=None, derandomize=True, phases=[Phase.generate],
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                 HealthCheck.function_scoped_fixture])  # fmt: skip
@given(data=st.data())
@pytest.mark.parametrize("shard", SHARDS)
def test_translations_agree_on_drawn_inputs(data: st.DataObject, agreeing: list[Any], shard: int) -> None:
    assert agreeing, "no translation agrees with its source: nothing to draw inputs for"
    cells = set(CELLS[shard * SHARD_CELLS : (shard + 1) * SHARD_CELLS])
    mine = [cell for cell in agreeing if (cell[0].name, cell[1]) in cells]
    if not mine:
        pytest.skip("no cell of this shard agrees on the boundary inputs")
    requests = []
    for case, target, translation, interfaces in mine:
        given_inputs = {
            name: data.draw(
                st.lists(arguments(interface), min_size=INPUTS_PER_FUNCTION, max_size=INPUTS_PER_FUNCTION)
            )
            for name, interface in interfaces.items()
        }
        requests.append(Request(case.language, case.code, target, (translation,), given=given_inputs))
    differences = []
    for (case, target, _, _), result in zip(mine, verify_many(requests), strict=True):
        if isinstance(result, Exception):
            continue  # the source failed on every drawn input: nothing to compare
        check = result.checks[0]
        if check.status != "passed":
            differences.append(f"{case.name} -> {target}: {check.first_failure}")
    assert not differences, "\n".join(differences)
