"""Build and run untrusted programs in the sandbox: one at a time, or many at once.

``run_program`` builds and runs one program in its own sandbox. ``run_programs`` hands a list to the
language's toolchain, which may batch them (one compiler run for many programs, a warm interpreter);
the results are the same as running each alone: a batch gives every program the limits it would
have alone, and settles only ``ok`` outcomes far from every limit; everything else runs alone
(``transcoder.verify.batching``).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import cache

from transcoder.errors import TranscoderError
from transcoder.verify.sandbox import (
    ExecResult,
    Limits,
    RunStatus,
    capabilities,
    execute,
    give_to_sandbox,
    workdir,
)
from transcoder.verify.toolchain import Reporter, RunResult, Toolchain, artifact_root, remove_stale_staging

__all__ = [
    "Limits",
    "Reporter",
    "RunResult",
    "RunStatus",
    "SandboxError",
    "run_program",
    "run_programs",
    "run_single",
]

DEFAULT_LIMITS = Limits()


class SandboxError(TranscoderError):
    """The sandbox itself failed (not the program): a missing tool, a cgroup that cannot be made."""


def _toolchain(language: str) -> Toolchain:
    from transcoder.languages import get_language

    _remove_leftovers()
    return get_language(language).toolchain()


@cache
def _remove_leftovers() -> None:
    """Once per process: what runs killed before their end left (working directories, cgroups:
    ``capabilities()``; staging directories of half-built toolchain artifacts)."""
    capabilities()
    remove_stale_staging(artifact_root())


def decode(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def checked(result: ExecResult) -> ExecResult:
    if result.sandbox_error:
        raise SandboxError(f"sandbox failure: {result.sandbox_error}")
    return result


def build_failure(result: ExecResult) -> RunResult:
    """A failed build as a compile error, saying why when a limit rather than the code stopped it."""
    message = decode(result.stderr) or decode(result.stdout)
    status = result.status()
    if status is not RunStatus.RUNTIME_ERROR:
        message = f"{message}\n[build stopped: {status.value}]".lstrip()
    return RunResult(RunStatus.COMPILE_ERROR, decode(result.stdout), message, result.exit_code, 0.0)


def run_result(toolchain: Toolchain, result: ExecResult) -> RunResult:
    """A run's ``ExecResult`` as a ``RunResult``, refined by the language's error text."""
    status = result.status()
    stderr = decode(result.stderr)
    if status is RunStatus.RUNTIME_ERROR:
        status = toolchain.failure_status(stderr) or status
    return RunResult(status, decode(result.stdout), stderr, result.exit_code, result.seconds)


def run_single(toolchain: Toolchain, source: str, limits: Limits, stdin: str = "") -> RunResult:
    """Build and run one program in its own sandbox: the reference every batch must agree with."""
    name = toolchain.file_name(source)
    with workdir() as directory:
        (directory / name).write_text(source, encoding="utf-8")
        give_to_sandbox(directory)
        readonly = toolchain.readonly_paths()
        environment = toolchain.environment()
        build = toolchain.build_argv(name, source)
        if build is not None:
            built = checked(
                execute(
                    build,
                    workdir=directory,
                    limits=toolchain.build_limits,
                    readonly=readonly,
                    environment=environment,
                )
            )
            if built.status() is not RunStatus.OK:
                return build_failure(built)
        ran = checked(
            execute(
                toolchain.run_argv(name, limits),
                workdir=directory,
                limits=limits,
                readonly=readonly,
                environment=environment,
                stdin_data=stdin.encode("utf-8") if stdin else None,
            )
        )
        return run_result(toolchain, ran)


def run_program(language: str, source: str, *, stdin: str = "", limits: Limits | None = None) -> RunResult:
    """Build and run one program (C++/Java: a full file with ``main``; Python: a script)."""
    return run_single(_toolchain(language), source, limits or DEFAULT_LIMITS, stdin)


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)))


def run_programs(
    language: str,
    sources: Sequence[str],
    *,
    limits: Limits | Sequence[Limits] | None = None,
    jobs: int | None = None,
    sanitized: bool = False,
    report: Reporter | None = None,
) -> list[RunResult]:
    """Build and run many programs, batched where the language allows; results in input order.
    ``limits`` is one ``Limits`` for all, or one per program; ``sanitized`` turns undefined
    behaviour into a runtime error (C++: UBSan). ``report(index, result)`` is called as each
    program's final result is known (from several threads: it must be thread-safe), so that a
    caller can save progress before the whole list is done."""
    if not sources:
        return []
    if limits is None or isinstance(limits, Limits):
        per_program = [limits or DEFAULT_LIMITS] * len(sources)
    else:
        per_program = list(limits)
        if len(per_program) != len(sources):
            raise ValueError(f"{len(per_program)} limits for {len(sources)} programs")
    jobs = jobs or default_jobs()
    toolchain = _toolchain(language).sanitized() if sanitized else _toolchain(language)
    batched = toolchain.run_many(sources, per_program, jobs, report) if len(sources) > 1 else None
    if batched is not None:
        return batched
    return run_each(toolchain, sources, per_program, jobs, report)


def run_each(
    toolchain: Toolchain,
    sources: Sequence[str],
    limits: Sequence[Limits],
    jobs: int,
    report: Reporter | None = None,
) -> list[RunResult]:
    """One sandboxed build and run per program, ``jobs`` at a time."""

    def one(index: int) -> RunResult:
        result = run_single(toolchain, sources[index], limits[index])
        if report is not None:
            report(index, result)
        return result

    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        return list(pool.map(one, range(len(sources))))
