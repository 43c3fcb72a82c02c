"""A soundness or coverage case, and how one is judged.

A case is a hand-written function (or a few) in one source language, a category (issue 12's, or
"construct"/"library" for issue 13's coverage rows) and the row of ``docs/coverage.md`` it stands
for. Judging a case in a target: translate it with the rule engine (public API), then check the
translation against its source on the boundary and random inputs of ``transcoder.verify``; a clean
refusal (a one-line error with its line and column) is an acceptable outcome.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

LANGUAGES = ("cpp", "java", "python")
TESTS = 12  # random inputs per function, after the boundary ones


@dataclass(frozen=True)
class Case:
    name: str
    category: str
    row: str  # the construct or library API it exercises (a row of docs/coverage.md)
    language: str
    code: str
    targets: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not self.targets:
            object.__setattr__(self, "targets", tuple(t for t in LANGUAGES if t != self.language))


def cpp(name: str, category: str, row: str, code: str) -> Case:
    return Case(name, category, row, "cpp", code)


def java(name: str, category: str, row: str, code: str) -> Case:
    return Case(name, category, row, "java", code)


def python(name: str, category: str, row: str, code: str) -> Case:
    return Case(name, category, row, "python", code)


@dataclass
class Verdict:
    """How a case fared in one target."""

    outcome: str  # "agrees", "refused", or a failure: "differs", "refused without location",
    # "engine crash", "untestable", "does not build"
    detail: str = ""
    translation: str = field(default="", repr=False)

    @property
    def acceptable(self) -> bool:
        return self.outcome in ("agrees", "refused")


def judge_all(cases: Sequence[Case]) -> dict[tuple[str, str], Verdict]:
    """Every case in every one of its targets: translations first, then one verification batch."""
    from transcoder import translate
    from transcoder.errors import TranscoderError
    from transcoder.verify.selection import Request, verify_many

    verdicts: dict[tuple[str, str], Verdict] = {}
    pending: list[tuple[tuple[str, str], Request]] = []
    for case in cases:
        for target in case.targets:
            key = (case.name, target)
            try:
                code = translate(case.code, source=case.language, target=target)
            except TranscoderError as error:
                where = "refused" if error.location is not None else "refused without location"
                verdicts[key] = Verdict(where, str(error).splitlines()[0] if str(error) else "")
                continue
            except Exception as error:
                verdicts[key] = Verdict("engine crash", f"{type(error).__name__}: {error}"[:300])
                continue
            verdicts[key] = Verdict("pending", translation=code)
            pending.append((key, Request(case.language, case.code, target, (code,))))
    results = verify_many([request for _, request in pending], tests=TESTS)
    for (key, _), result in zip(pending, results, strict=True):
        verdict = verdicts[key]
        if isinstance(result, Exception):
            verdict.outcome, verdict.detail = "untestable", str(result)[:300]
            continue
        check = result.checks[0]
        if check.status == "passed":
            verdict.outcome = "agrees"
        elif check.status == "compile_error":
            verdict.outcome, verdict.detail = "does not build", check.first_failure[:300]
        else:
            verdict.outcome, verdict.detail = "differs", check.first_failure[:300]
    return verdicts
