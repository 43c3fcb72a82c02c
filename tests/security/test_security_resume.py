"""Hole 6 of issue 11: an evaluation killed at any moment resumes without losing or double-counting
an item, leaves nothing behind once the next one starts, and two evaluations may share a cache.

The 50-random-SIGKILL version runs in ``benchmarks/attack_suite.py --only resume``.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from attacks import REPOSITORY
from fuzz import default_bench

from transcoder.verify.sandbox import WORKDIR_PREFIX, capabilities
from transcoder.verify.toolchain import remove_stale_staging

VALID = default_bench()
needs_benchmark = pytest.mark.skipif(not VALID.is_dir(), reason=f"benchmark not found at {VALID}")
needs_full_sandbox = pytest.mark.skipif(
    not capabilities().full,
    reason=f"needs root, bwrap and cgroup v1: sandbox here is {capabilities().describe()}",
)


def eval_command(cache: Path, report: Path, source: str, target: str, limit: int) -> list[str]:
    return [sys.executable, "-m", "transcoder", "eval", str(VALID), "-s", source, "-t", target, "-e", "gold",
            "--limit", str(limit), "--cache-dir", str(cache), "-q", "--report", str(report)]  # fmt: skip


def run_outcomes(cache: Path) -> int:
    """Program outcomes in the cache (translations are cached there too, as lists or strings)."""
    count = 0
    for path in cache.rglob("*.json"):
        with contextlib.suppress(OSError, ValueError):
            count += isinstance(json.loads(path.read_text()), dict)
    return count


def leftovers(pid: int) -> list[str]:
    found = [p.name for p in Path(tempfile.gettempdir()).glob(f"{WORKDIR_PREFIX}{pid}-*")]
    for parent in capabilities().cgroups.values():
        found += [p.name for p in parent.glob(f"run-{pid}-*")]
    return found


@needs_benchmark
@needs_full_sandbox
def test_a_killed_evaluation_keeps_what_finished_resumes_and_leaves_nothing(tmp_path: Path) -> None:
    cache, report = tmp_path / "cache", tmp_path / "report.json"
    command = eval_command(cache, report, "python", "cpp", 24)
    process = subprocess.Popen(command, cwd=REPOSITORY, start_new_session=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    deadline = time.monotonic() + 180
    while run_outcomes(cache) == 0 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    kept = run_outcomes(cache)
    assert kept > 0  # outcomes are saved as each program finishes, not at the end
    assert not report.exists()
    done = subprocess.run(command, cwd=REPOSITORY, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    items = json.loads(report.read_text())["items"]
    assert len(items) == len({item["id"] for item in items}) == 24  # none lost, none twice
    assert {item["status"] for item in items} <= {"passed", "reference_error"}
    assert leftovers(process.pid) == []  # the resumed run removed what the killed one left


@needs_benchmark
def test_two_evaluations_sharing_a_cache(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    commands = [eval_command(cache, tmp_path / f"report{i}.json", "cpp", "python", 8) for i in range(2)]
    processes = [subprocess.Popen(c, cwd=REPOSITORY, stderr=subprocess.PIPE, text=True) for c in commands]
    for process in processes:
        _, stderr = process.communicate(timeout=600)
        assert process.returncode == 0, stderr[-2000:]
    reports = [json.loads((tmp_path / f"report{i}.json").read_text()) for i in range(2)]
    statuses = [[(item["id"], item["status"]) for item in report["items"]] for report in reports]
    assert statuses[0] == statuses[1]
    assert {status for _, status in statuses[0]} <= {"passed", "reference_error"}
    for path in cache.rglob("*"):  # every entry whole, no temporary file left
        assert not path.name.endswith(".tmp")
        if path.suffix == ".json":
            json.loads(path.read_text())


def test_stale_staging_directories_are_removed(tmp_path: Path) -> None:
    dead = subprocess.Popen(["true"])
    dead.wait()
    stale = tmp_path / f".cpp-pch-{dead.pid}-abc123"
    live = tmp_path / f".cpp-pch-{os.getpid()}-def456"
    for directory in (stale, live):
        (directory / "bits").mkdir(parents=True)
        (directory / "bits" / "stdc++.h.gch").write_bytes(b"x" * 1000)
    assert remove_stale_staging(tmp_path) == 1
    assert not stale.exists() and live.exists()
