"""Issue 12's differential soundness suite: every case of ``cases_semantics`` in every direction,
run on boundary and random inputs against its source. A translation that differs fails; a clean
refusal passes; known wrong translations are strict xfails (``known_wrong.py``)."""

from __future__ import annotations

import pytest

from soundness.case import Case, Verdict, judge_all
from soundness.cases_semantics import CASES
from soundness.known_wrong import WRONG
from support import require_compilers


def cells(cases: list[Case]) -> list[object]:
    """One test parameter per (case, target), with its coverage cell and any known wrong result."""
    found = []
    for case in cases:
        for target in case.targets:
            marks = [
                pytest.mark.coverage(
                    row=case.row, source=case.language, target=target, category=case.category
                )
            ]
            reason = WRONG.get((case.name, target))
            if reason:
                marks.append(pytest.mark.xfail(strict=True, reason=reason))
            found.append(pytest.param(case, target, id=f"{case.name}-{target}", marks=marks))
    return found


@pytest.fixture(scope="module")
def verdicts() -> dict[tuple[str, str], Verdict]:
    require_compilers()
    return judge_all(CASES)


def check(
    verdicts: dict[tuple[str, str], Verdict], case: Case, target: str, request: pytest.FixtureRequest
) -> None:
    verdict = verdicts[case.name, target]
    request.node.user_properties += [("verdict", verdict.outcome), ("detail", verdict.detail)]
    assert verdict.acceptable, (
        f"{verdict.outcome}: {verdict.detail}\n--- translation ---\n{verdict.translation}"
    )


@pytest.mark.parametrize(("case", "target"), cells(CASES))
def test_translation_agrees_with_its_source_or_is_refused(
    case: Case, target: str, verdicts: dict[tuple[str, str], Verdict], request: pytest.FixtureRequest
) -> None:
    check(verdicts, case, target, request)
