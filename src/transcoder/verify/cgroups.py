"""Per-run cgroups (v1 ``pids`` and ``memory``): created with limits, emptied by force, removed.

A run's cgroup holds everything the sandboxed command starts. A batch run also gets a child cgroup
(``programs``) with its programs' own limits, which the batch server inside the sandbox joins once
at start: every program it forks is born there (moving each program instead would cost two RCU
grace periods, tens of milliseconds, per program). A batched program then has the memory and task
limits it would have alone, less what the server itself uses (a stricter limit: a program that
reaches it is run alone). The sandbox user may write only that child's ``cgroup.procs``, ``tasks``
and peak-usage files (never a limit); the run's directory is shown to it at
``/transcoder-cgroups/<controller>``.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import signal
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Protocol

CGROUP_ROOT = Path("/sys/fs/cgroup")
CGROUP_PARENT = "transcoder"
CONTROLLERS = ("pids", "memory")
# Where a batch server finds its programs' cgroups inside the sandbox.
SANDBOX_CGROUPS = "/transcoder-cgroups"
# Tasks a lone run spends on the sandbox itself (bwrap outside and inside the pid namespace); a
# batched program's own cgroup gets this many fewer, so that it never gets more than alone.
SANDBOX_TASKS = 2
# Memory a lone run spends on bwrap, likewise taken off a batched program's limit.
SANDBOX_MEMORY_BYTES = 4 << 20

_run_counter = itertools.count()


class RunLimits(Protocol):
    """What a cgroup needs from ``Limits`` (kept structural to avoid an import cycle)."""

    @property
    def memory_mb(self) -> int: ...

    @property
    def max_processes(self) -> int: ...


def own_cgroup(controller: str) -> str:
    """This process's cgroup path in a v1 hierarchy ("/" at the root)."""
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/cgroup").read_text().splitlines():
            _, controllers, path = line.split(":", 2)
            if controller in controllers.split(","):
                return path
    return "/"


def writable_parents() -> dict[str, Path]:
    """controller -> our parent cgroup directory, for each controller we may create groups in."""
    found: dict[str, Path] = {}
    for controller in CONTROLLERS:
        # Nest under our own cgroup so that limits set on us still hold for what we start.
        parent = CGROUP_ROOT / controller / own_cgroup(controller).lstrip("/") / CGROUP_PARENT
        try:
            parent.mkdir(exist_ok=True)
            if (parent / "cgroup.procs").exists():
                found[controller] = parent
        except OSError:
            pass
    return found


def _pids_of(directory: Path) -> set[int]:
    with contextlib.suppress(OSError, ValueError):
        return {int(line) for line in (directory / "cgroup.procs").read_text().split()}
    return set()


def _remove_tree(directory: Path) -> None:
    """rmdir a cgroup and its children, deepest first (cgroup directories hold no files of ours)."""
    with contextlib.suppress(OSError):
        for child in directory.iterdir():
            if child.is_dir() and not child.is_symlink():
                _remove_tree(child)
    for _ in range(200):  # rmdir fails while the last killed tasks are still being reaped
        try:
            directory.rmdir()
            return
        except FileNotFoundError:
            return
        except OSError:
            time.sleep(0.01)


def remove_stale(parents: Iterable[Path]) -> None:
    """Empty and remove run cgroups left by processes that died without cleaning up (SIGKILL)."""
    for parent in parents:
        for directory in parent.glob("run-*-*"):
            owner = directory.name.split("-")[1]
            if not owner.isdigit():
                continue
            try:
                os.kill(int(owner), 0)
                continue  # its owner still runs
            except ProcessLookupError:
                pass
            except PermissionError:
                continue
            groups = [directory, *(d for d in directory.iterdir() if d.is_dir())]
            for group in groups:
                for pid in _pids_of(group):
                    with contextlib.suppress(ProcessLookupError):
                        os.kill(pid, signal.SIGKILL)
            _remove_tree(directory)


class RunCgroup:
    """One cgroup per controller for one run, and optionally one child per batched program."""

    def __init__(
        self,
        parents: Mapping[str, Path],
        limits: RunLimits,
        children: Mapping[str, RunLimits] | None = None,
        child_owner: int | None = None,
    ) -> None:
        self.name = f"run-{os.getpid()}-{next(_run_counter)}"
        self.directories: dict[str, Path] = {}
        self.groups: list[Path] = []  # every directory, children included
        try:
            for controller, parent in parents.items():
                directory = parent / self.name
                directory.mkdir()
                self.directories[controller] = directory
                self.groups.append(directory)
                _set_limits(controller, directory, limits, 0, 0)
                for child_name, child_limits in (children or {}).items():
                    child = directory / child_name
                    child.mkdir()
                    self.groups.append(child)
                    _set_limits(controller, child, child_limits, SANDBOX_TASKS, SANDBOX_MEMORY_BYTES)
                    if child_owner is not None:
                        # The batch server joins this group and resets its peak between programs.
                        for name in ("cgroup.procs", "tasks", "memory.max_usage_in_bytes"):
                            if (child / name).exists():
                                os.chown(child / name, child_owner, child_owner, follow_symlinks=False)
        except BaseException:
            self.remove()
            raise
        self.memory = self.directories.get("memory")

    @property
    def procs_files(self) -> list[str]:
        return [str(directory / "cgroup.procs") for directory in self.directories.values()]

    def pids(self) -> set[int]:
        found: set[int] = set()
        for group in self.groups:
            found |= _pids_of(group)
        return found

    def out_of_memory(self) -> bool:
        """Whether the run's memory cgroup (not a child's: the batch server reports those) hit its
        limit: the OOM killer fired, or allocations failed at the limit."""
        return self.memory is not None and memory_limit_hit(self.memory)

    def kill_all(self, spare: int | None = None) -> None:
        """SIGKILL every task until the cgroups are empty (a fork bomb is capped by pids.max), or
        hold only ``spare``: our own child, kept alive so that it reaps its descendants rather than
        leaving them as zombies for init."""
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            pids = self.pids() - {spare}
            if not pids:
                return
            for pid in pids:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
            time.sleep(0.005)

    def remove(self) -> None:
        for directory in self.directories.values():
            _remove_tree(directory)


def _set_limits(controller: str, directory: Path, limits: RunLimits, tasks_off: int, memory_off: int) -> None:
    if controller == "pids":
        (directory / "pids.max").write_text(str(max(1, limits.max_processes - tasks_off)))
    elif controller == "memory":
        limit = str(max(16 << 20, limits.memory_mb * 1024 * 1024 - memory_off))
        (directory / "memory.limit_in_bytes").write_text(limit)
        with contextlib.suppress(OSError):  # absent without swap accounting
            (directory / "memory.memsw.limit_in_bytes").write_text(limit)


def memory_limit_hit(directory: Path) -> bool:
    with contextlib.suppress(OSError, ValueError):
        for line in (directory / "memory.oom_control").read_text().splitlines():
            key, _, value = line.partition(" ")
            if key == "oom_kill" and int(value) > 0:
                return True
        if int((directory / "memory.failcnt").read_text()) > 0:
            peak = int((directory / "memory.max_usage_in_bytes").read_text())
            limit = int((directory / "memory.limit_in_bytes").read_text())
            return peak >= limit * 0.95
    return False
