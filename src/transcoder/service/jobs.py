"""What a service worker does with one job: translate, or translate and verify, and describe the
outcome (or the error, with its line and column) as plain data for the JSON reply."""

from __future__ import annotations

import contextlib
import re
import time
from typing import Any

from transcoder.errors import (
    EngineError,
    InputError,
    SyntaxErrorInSource,
    TranscoderError,
    UnsupportedConstruct,
)

FAILURES_SHOWN = 10  # failing generated tests listed per candidate
# Error class -> (kind in the reply, HTTP status).
ERROR_KINDS: list[tuple[type[TranscoderError], str, int]] = [
    (SyntaxErrorInSource, "syntax_error", 422),
    (UnsupportedConstruct, "unsupported_construct", 422),
    (InputError, "invalid_input", 422),
    (EngineError, "engine_error", 400),
]


def one_line(text: str) -> str:
    return re.sub(r"\s*\n\s*", " | ", text.strip())


def describe_error(error: BaseException) -> dict[str, Any]:
    """``{"error": {...}, "status": N}``: the kind, a one-line message, and where, when known."""
    if isinstance(error, TranscoderError):
        kind, status = next(((k, s) for cls, k, s in ERROR_KINDS if isinstance(error, cls)), ("error", 422))
        body: dict[str, Any] = {"type": kind, "message": one_line(error.message)}
        if error.location is not None:
            body["line"], body["column"] = error.location.line, error.location.column
        return {"error": body, "status": status}
    return {
        "error": {"type": "internal_error", "message": one_line(f"{type(error).__name__}: {error}")},
        "status": 500,
    }


def _candidates(candidates: list[Any]) -> list[dict[str, Any]]:
    return [{"code": c.code, "warnings": list(c.warnings)} for c in candidates]


def _verification(verification: Any) -> dict[str, Any]:
    checks = []
    for check in verification.checks:
        failures = [
            {"call": test.describe(), "expected": test.expected, "got": got}
            for test, got in check.failures[:FAILURES_SHOWN]
        ]
        checks.append(
            {
                "candidate": check.index,
                "status": check.status,
                "passed": check.passed,
                "total": check.total,
                "first_failure": check.first_failure,
                "failures": failures,
            }
        )
    return {
        "chosen": verification.chosen,
        "functions": list(verification.functions),
        "tests": len(verification.tests),
        "dropped_inputs": verification.dropped_inputs,
        "not_tested": dict(verification.skipped),
        "checks": checks,
        "summary": verification.summary(),
    }


def run_job(job: dict[str, Any]) -> dict[str, Any]:
    """``{"result": ...}`` or an error as ``describe_error`` gives it; never raises."""
    from transcoder import translate_candidates, translate_verified

    started = time.perf_counter()
    options = dict(job.get("options") or {})
    if job.get("signature"):
        options["signature"] = job["signature"]
    common = {
        "source": job["source"],
        "target": job["target"],
        "engine": job["engine"],
        "n": job["candidates"],
        **options,
    }
    try:
        if job["kind"] == "verify":
            candidates, verification = translate_verified(
                job["code"], tests=job["tests"], seed=job["seed"], function=job.get("function"), **common
            )
            result: dict[str, Any] = {
                "candidates": _candidates(candidates),
                "verification": _verification(verification),
            }
        else:
            result = {"candidates": _candidates(translate_candidates(job["code"], **common))}
    except Exception as error:  # every failure becomes the reply, so the worker lives on
        return describe_error(error)
    result["seconds"] = round(time.perf_counter() - started, 4)
    return {"result": result}


def warm_up() -> None:
    """Load the parsers and the rule engine once, so that a worker's first request is not slow."""
    from transcoder import translate_candidates

    for source, target, code in (
        ("cpp", "java", "int f(int a) { return a + 1; }"),
        ("java", "python", "class A { static int f(int a) { return a + 1; } }"),
        ("python", "cpp", "def f(a: int) -> int:\n    return a + 1\n"),
    ):
        # A warm-up that fails costs nothing; the real request reports its own error.
        with contextlib.suppress(TranscoderError):
            translate_candidates(code, source=source, target=target)
