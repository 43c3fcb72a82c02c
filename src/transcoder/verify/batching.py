"""Language-neutral pieces of batched runs: a warm server in one sandbox runs many programs.

A *server* (the Python fork server, the warm JVM runner) is started inside the sandbox with a
manifest, one line per program::

    index <TAB> target <TAB> wall_ms <TAB> cpu_seconds <TAB> memory_bytes <TAB> max_output_bytes

and for each program writes ``results/<index>.out``, ``results/<index>.err`` and finally
``results/<index>.status`` holding ``exit_code signal seconds flag`` (``-`` for no value; flag is
``ok``, ``timeout``, ``output_limit`` or ``memory_limit``). If the server dies (a program called
``System.exit`` in the JVM, a crash), the program it was running gets a single run of its own and a
fresh server takes the rest. Every outcome other than ``ok`` and ``timeout`` is confirmed by a
single run, so a batch never reports a failure that a lone run would not.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from transcoder.verify.runners import decode, run_single
from transcoder.verify.sandbox import Limits, RunStatus, execute, give_to_sandbox, workdir
from transcoder.verify.toolchain import RunResult, Toolchain

SERVER_STARTUP_SECONDS = 10.0  # added to the sum of the programs' wall limits


@dataclass(frozen=True, slots=True)
class Entry:
    """One program for a server: its index in the caller's list and what the server runs."""

    index: int
    target: str  # a file name (Python) or a class name (Java), relative to the working directory
    limits: Limits


def chunks(items: Sequence[int], count: int) -> list[list[int]]:
    """Split ``items`` into up to ``count`` contiguous, nearly equal parts."""
    count = max(1, min(count, len(items)))
    size, extra = divmod(len(items), count)
    parts, start = [], 0
    for part in range(count):
        end = start + size + (1 if part < extra else 0)
        parts.append(list(items[start:end]))
        start = end
    return [part for part in parts if part]


def _read_result(results: Path, index: int) -> RunResult | None:
    status_file = results / f"{index}.status"
    if not status_file.exists():
        return None
    fields = status_file.read_text().split()
    if len(fields) != 4:
        return None
    exit_text, signal_text, seconds_text, flag = fields
    exit_code = None if exit_text == "-" else int(exit_text)
    stdout = decode((results / f"{index}.out").read_bytes()) if (results / f"{index}.out").exists() else ""
    stderr = decode((results / f"{index}.err").read_bytes()) if (results / f"{index}.err").exists() else ""
    status = {
        "timeout": RunStatus.TIMEOUT,
        "output_limit": RunStatus.OUTPUT_LIMIT,
        "memory_limit": RunStatus.MEMORY_LIMIT,
    }.get(flag)
    if status is None:
        if signal_text != "-":
            status = RunStatus.KILLED if int(signal_text) == 9 else RunStatus.RUNTIME_ERROR
        else:
            status = RunStatus.OK if exit_code == 0 else RunStatus.RUNTIME_ERROR
    return RunResult(status, stdout, stderr, exit_code, float(seconds_text))


def serve(
    toolchain: Toolchain, directory: Path, server_argv: Sequence[str], entries: Sequence[Entry]
) -> dict[int, RunResult | None]:
    """Run ``entries`` through the server started by ``server_argv`` (plus the manifest path) in the
    sandbox with ``directory`` as its working directory. ``None`` marks a program the server could
    not finish (it died running it): the caller runs those alone."""
    results_dir = directory / "results"
    results_dir.mkdir(exist_ok=True)
    give_to_sandbox(results_dir)
    outcomes: dict[int, RunResult | None] = {}
    pending = list(entries)
    round_number = 0
    while pending:
        manifest = directory / f"manifest-{round_number}.txt"
        manifest.write_text(
            "".join(
                f"{e.index}\t{e.target}\t{int(e.limits.wall_seconds * 1000)}\t{e.limits.cpu_limit_seconds}"
                f"\t{e.limits.memory_mb * 1024 * 1024}\t{e.limits.max_output_bytes}\n"
                for e in pending
            )
        )
        batch_limits = Limits(
            wall_seconds=SERVER_STARTUP_SECONDS + sum(e.limits.wall_seconds for e in pending),
            cpu_seconds=SERVER_STARTUP_SECONDS + sum(e.limits.cpu_limit_seconds for e in pending),
            memory_mb=max(e.limits.memory_mb for e in pending) + 256,
            max_processes=max(e.limits.max_processes for e in pending) + 32,
            max_output_bytes=1 << 20,
        )
        execute(
            [*server_argv, manifest.name],
            workdir=directory,
            limits=batch_limits,
            readonly=toolchain.readonly_paths(),
            environment=toolchain.environment(),
        )
        finished = 0
        for entry in pending:
            result = _read_result(results_dir, entry.index)
            if result is None:
                break
            outcomes[entry.index] = result
            finished += 1
        if finished < len(pending):
            outcomes[pending[finished].index] = None  # it took the server down: run it alone
            finished += 1
        pending = pending[finished:]
        round_number += 1
    return outcomes


def run_fork_server_batches(
    toolchain: Toolchain,
    server_argv: Sequence[str],
    server_files: dict[str, str],
    sources: Sequence[str],
    limits: Sequence[Limits],
    jobs: int,
) -> list[RunResult | None]:
    """Interpreted languages: save each source as ``p<index><suffix>`` and serve them in ``jobs``
    parallel servers."""

    def one_chunk(indices: list[int]) -> dict[int, RunResult | None]:
        with workdir() as directory:
            for name, text in server_files.items():
                (directory / name).write_text(text, encoding="utf-8")
            entries = []
            for index in indices:
                target = f"p{index}{toolchain.suffix}"
                (directory / target).write_text(sources[index], encoding="utf-8")
                entries.append(Entry(index, target, limits[index]))
            give_to_sandbox(directory)
            return serve(toolchain, directory, server_argv, entries)

    merged: dict[int, RunResult | None] = {}
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        for part in pool.map(one_chunk, chunks(range(len(sources)), jobs)):
            merged.update(part)
    return [merged.get(index) for index in range(len(sources))]


def confirm_failures(
    toolchain: Toolchain,
    sources: Sequence[str],
    limits: Sequence[Limits],
    results: Sequence[RunResult | None],
    jobs: int,
) -> list[RunResult]:
    """Run alone every program the batch did not finish or saw fail (timeouts excepted: the batch
    gave them their full time already), and take the lone run's outcome."""
    redo = [
        i for i, r in enumerate(results) if r is None or r.status not in (RunStatus.OK, RunStatus.TIMEOUT)
    ]
    final = list(results)
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        for index, result in zip(
            redo, pool.map(lambda i: run_single(toolchain, sources[i], limits[i]), redo), strict=True
        ):
            final[index] = result
    assert all(result is not None for result in final)
    return [result for result in final if result is not None]
