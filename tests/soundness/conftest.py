"""The coverage-matrix plugin: each test of this folder declares its cell with
``pytest.mark.coverage(row=..., source=..., target=..., category=...)`` and may record its verdict
in ``user_properties``; when ``TRANSCODER_COVERAGE_JSON`` names a file, every such test's cell,
pytest outcome and verdict are written there at the end of the run (``benchmarks/coverage_matrix.py``
turns them into docs/coverage.md)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

_CELLS: list[dict[str, Any]] = []


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "coverage(row, source, target, category): the docs/coverage.md cell a test stands for"
    )


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    outcome = yield
    report = outcome.get_result()
    marker = item.get_closest_marker("coverage")
    if marker is None or (report.when != "call" and not (report.when == "setup" and report.skipped)):
        return
    properties = dict(item.user_properties)
    state = "xfailed" if hasattr(report, "wasxfail") and report.skipped else report.outcome
    if hasattr(report, "wasxfail") and report.passed:
        state = "xpassed"
    _CELLS.append({**marker.kwargs, "test": item.nodeid, "state": state,
                   "verdict": properties.get("verdict", ""), "detail": properties.get("detail", "")})  # fmt: skip


def pytest_sessionfinish(session: pytest.Session) -> None:
    target = os.environ.get("TRANSCODER_COVERAGE_JSON")
    if target and _CELLS:
        Path(target).write_text(json.dumps(_CELLS, indent=1))
