"""How to build and run a program in one language: the description the sandbox runners work from.

A ``Toolchain`` is language-neutral: it names the file a source must be saved as, the command that
builds it (if any) and the command that runs it, all as argv lists with paths as the sandbox sees
them. A language may also override ``run_many`` to batch many programs (one compiler invocation, a
warm interpreter); the generic runners fall back to one sandboxed build and run per program.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import shutil
import stat
import subprocess
import tempfile
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import ClassVar

from transcoder.verify.sandbox import Limits, RunStatus


@dataclass(frozen=True, slots=True)
class RunResult:
    """The outcome of building and running one program."""

    status: RunStatus
    stdout: str
    stderr: str  # the compiler's messages for a compile error
    exit_code: int | None  # None when killed by a signal or never run
    seconds: float  # wall time of the run step (build excluded)


# Called with (index, result) as each program's final outcome is known, possibly from several
# threads at once: a reporter must be thread-safe.
Reporter = Callable[[int, RunResult], None]

# Generous limits for compilers: they are trusted binaries, but they read untrusted input.
BUILD_LIMITS = Limits(
    wall_seconds=120, memory_mb=4096, max_processes=128, max_output_bytes=1 << 20, disk_mb=1024
)


def cache_root() -> Path:
    """``$TRANSCODER_CACHE``, else ``.cache/transcoder`` in the working directory."""
    configured = os.environ.get("TRANSCODER_CACHE")
    return Path(configured) if configured else Path.cwd() / ".cache" / "transcoder"


def _reachable_by_others(path: Path) -> bool:
    """Whether an unprivileged user could reach ``path``: every existing ancestor searchable by others."""
    for ancestor in [path, *path.parents]:
        if ancestor.exists() and not ancestor.stat().st_mode & stat.S_IXOTH:
            return False
    return True


def artifact_root() -> Path:
    """Where toolchain artifacts (precompiled headers, support classes) live. The sandbox user
    (uid 65534) must read them, so a cache under a private directory (a clone in /root, say) moves
    them to a world-searchable folder of the system's temporary directory."""
    preferred = cache_root() / "toolchains"
    if _reachable_by_others(preferred):
        return preferred
    fallback = Path(tempfile.gettempdir()) / f"transcoder-toolchains-{os.getuid()}"
    fallback.mkdir(mode=0o755, exist_ok=True)
    return fallback


def tool_version(argv: Sequence[str]) -> str:
    """First line of a tool's version output (for cache keys); '' when the tool is missing."""
    return _tool_version(tuple(argv))


@cache  # a JVM start per question is not free, and the answer does not change within a process
def _tool_version(argv: tuple[str, ...]) -> str:
    try:
        done = subprocess.run(list(argv), capture_output=True, text=True, check=False, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return ""
    text = (done.stdout or done.stderr).strip()
    return text.splitlines()[0] if text else ""


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def cached_artifact(name: str, key: str, build: Callable[[Path], None]) -> Path:
    """A directory under the cache built once per ``key`` (compiler version and flags) by
    ``build(directory)``; safe when several processes ask at once. Built from trusted inputs only
    (system headers, our own resource files), so it runs outside the sandbox."""
    digest = hashlib.sha256(key.encode()).hexdigest()[:16]
    final = artifact_root() / f"{name}-{digest}"
    if (final / ".complete").exists():
        return final
    with _locked(final.with_suffix(".lock")):
        if (final / ".complete").exists():
            return final
        remove_stale_staging(final.parent)
        staging = Path(tempfile.mkdtemp(prefix=f".{name}-{os.getpid()}-", dir=final.parent))
        try:
            build(staging)
            (staging / ".complete").write_text(key)
            for root, directories, files in os.walk(staging):  # the sandbox user reads it
                os.chmod(root, 0o755)
                for file in files:
                    os.chmod(os.path.join(root, file), 0o644)
                del directories
            if final.exists():
                shutil.rmtree(final)
            staging.rename(final)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return final


def remove_stale_staging(root: Path) -> int:
    """Remove staging directories (``.<name>-<pid>-<random>``) whose builder was killed; returns
    how many. A staging directory of a live process is left alone."""
    removed = 0
    for path in root.glob(".*-*-*"):
        owner = path.name.split("-")[-2]
        if not owner.isdigit() or not path.is_dir() or path.is_symlink():
            continue
        try:
            os.kill(int(owner), 0)
            continue
        except ProcessLookupError:
            shutil.rmtree(path, ignore_errors=True)
            removed += 1
        except PermissionError:
            continue
    return removed


class Toolchain(ABC):
    """Build and run commands for one language, as argv lists seen from inside the sandbox."""

    language: ClassVar[str]
    suffix: ClassVar[str]  # source file extension with the dot
    build_limits: ClassVar[Limits] = BUILD_LIMITS

    @abstractmethod
    def version(self) -> str:
        """Versions of the compilers/interpreters and flags: part of every result's cache key."""

    def file_name(self, source: str) -> str:
        """The name ``source`` must be saved under (Java: its public class)."""
        return "main" + self.suffix

    def build_argv(self, file_name: str, source: str) -> list[str] | None:
        """The build command for ``source`` saved as ``file_name``; None when nothing is built."""
        return None

    @abstractmethod
    def run_argv(self, file_name: str, limits: Limits) -> list[str]:
        """The command that runs the built program."""

    def readonly_paths(self) -> tuple[str, ...]:
        """Host paths (outside /usr and /etc) the sandbox must show read-only: caches, interpreters."""
        return ()

    def environment(self) -> dict[str, str]:
        return {}

    def failure_status(self, stderr: str) -> RunStatus | None:
        """A finer class for a failed run from its error text (an out-of-memory exception)."""
        return None

    def sanitized(self) -> Toolchain:
        """This toolchain with undefined behaviour made a crash (out-of-bounds reads, signed
        overflow), for running code whose result must be defined; memory-safe languages are already."""
        return self

    def run_many(
        self, sources: Sequence[str], limits: Sequence[Limits], jobs: int, report: Reporter | None = None
    ) -> list[RunResult] | None:
        """Batched build and run of many programs, or None to let the runners run them one by one.
        Results must match what ``run_program`` would give (batches settle only clear-cut ``ok``
        outcomes and run everything else alone); each final result also goes to ``report`` as soon
        as it is known."""
        return None
