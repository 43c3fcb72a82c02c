"""Issue 13's coverage rows (``cases_coverage``) in every direction: each cell of docs/coverage.md
is one of these tests (translation compared with its source, or a clean refusal)."""

from __future__ import annotations

import pytest

from soundness.case import Case, Verdict, judge_all
from soundness.cases_coverage import CASES
from soundness.test_semantics import cells, check
from support import require_compilers


@pytest.fixture(scope="module")
def verdicts() -> dict[tuple[str, str], Verdict]:
    require_compilers()
    return judge_all(CASES)


@pytest.mark.parametrize(("case", "target"), cells(CASES))
def test_row_translates_faithfully_or_is_refused(
    case: Case, target: str, verdicts: dict[tuple[str, str], Verdict], request: pytest.FixtureRequest
) -> None:
    check(verdicts, case, target, request)
