"""Language-neutral pieces of batched runs: a warm server in one sandbox runs many programs.

The protocol never makes the host read, write or follow a file the programs could touch. The host
gives a server (the C++ dispatcher, the Python fork server, the warm JVM runner) its manifest on
standard input, from an anonymous file::

    transcoder-batch 2 <nonce> <isolated 0|1>
    index <TAB> target <TAB> wall_ms <TAB> cpu_seconds <TAB> memory_bytes <TAB> max_output_bytes <TAB> file_bytes

and the server answers on standard output, a pipe the host owns and caps, one frame per program
in manifest order::

    <nonce> <index> <exit|-> <signal|-> <seconds> <flag> <confirm> <out_len> <err_len>\\n<out><err>

``flag`` is ``ok``, ``timeout``, ``output_limit``, ``memory_limit`` or ``disk_limit``; ``confirm``
is 1 when the program came near a limit (half its time or CPU, its memory cgroup's limit, its task
limit, the JVM heap), where a lone run could end differently. The nonce (fresh per server) keeps a
program from passing off text as another program's frame; a frame that does not parse ends the
server's answer there. A server may instead answer ``<nonce> unbatchable`` before any frame: every
program of that batch then runs alone.

Verdicts do not depend on the batch. Each program's standard output and error are pipes to its
server, as they are pipes to the host alone, capped the same way. In the full sandbox the server
runs its programs in a cgroup with the programs' own memory and task limits
(``/transcoder-cgroups/<controller>/programs``; a batch holds programs of one limit class), with
the same CPU and file-size limits as alone; after each program, everything else it started is
killed and every file it left is removed. The host then takes only clear-cut outcomes from a batch: a program that ended ``ok``,
far from every limit. Everything else (failures, timeouts, ``confirm``, a program the server
never finished) runs alone, and the lone run's outcome is the verdict.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from transcoder.verify.runners import checked, decode, run_single
from transcoder.verify.sandbox import (
    BatchSetup,
    Limits,
    RunStatus,
    capabilities,
    execute,
    give_to_sandbox,
    workdir,
)
from transcoder.verify.toolchain import Reporter, RunResult, Toolchain

SERVER_STARTUP_SECONDS = 10.0  # added to the sum of the programs' wall limits
PROTOCOL = "transcoder-batch 2"
_MAX_HEADER = 256
_FLAGS = {
    "ok": RunStatus.OK,
    "timeout": RunStatus.TIMEOUT,
    "output_limit": RunStatus.OUTPUT_LIMIT,
    "memory_limit": RunStatus.MEMORY_LIMIT,
    "disk_limit": RunStatus.DISK_LIMIT,
}


@dataclass(frozen=True, slots=True)
class Entry:
    """One program for a server: its index in the caller's list and what the server runs."""

    index: int
    target: str  # a file name (Python), a class name (Java) or a program number (C++)
    limits: Limits


@dataclass(frozen=True, slots=True)
class Frame:
    """One program's outcome as its server reported it."""

    result: RunResult
    confirm: bool  # near a limit: only a lone run can tell


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


def manifest(nonce: str, isolated: bool, entries: Sequence[Entry]) -> bytes:
    lines = [f"{PROTOCOL} {nonce} {int(isolated)}\n"]
    for e in entries:
        lines.append(
            f"{e.index}\t{e.target}\t{int(e.limits.wall_seconds * 1000)}\t{e.limits.cpu_limit_seconds}"
            f"\t{e.limits.memory_mb * 1024 * 1024}\t{e.limits.max_output_bytes}\t{e.limits.file_size_bytes}\n"
        )
    return "".join(lines).encode()


class FrameParser:
    """Reads a server's frames as its output arrives; stops for good at the first malformed one."""

    def __init__(self, nonce: str, entries: Sequence[Entry], on_frame: Callable[[int, Frame], None]) -> None:
        self.nonce = nonce.encode()
        self.expected = list(entries)
        self.on_frame = on_frame
        self.buffer = bytearray()
        self.frames: dict[int, Frame] = {}
        self.broken = False
        self.unbatchable = False  # the server refused the batch (C++: static initialisation failed)

    def feed(self, data: bytes) -> None:
        if self.broken:
            return
        self.buffer += data
        while not self.broken and self._take_one():
            pass

    def _take_one(self) -> bool:
        end = self.buffer.find(b"\n", 0, _MAX_HEADER)
        if end < 0:
            self.broken = len(self.buffer) >= _MAX_HEADER
            return False
        if bytes(self.buffer[:end]) == self.nonce + b" unbatchable" and not self.frames:
            self.unbatchable = self.broken = True
            return False
        entry = self.expected[len(self.frames)] if len(self.frames) < len(self.expected) else None
        try:
            if entry is None:
                raise ValueError("a frame after the last program")
            exit_code, signal_number, elapsed, flag, confirm, lengths = self._header(
                bytes(self.buffer[:end]), entry
            )
        except (ValueError, UnicodeDecodeError):
            self.broken = True
            return False
        body = end + 1 + lengths[0] + lengths[1]
        if len(self.buffer) < body:
            return False
        stdout = bytes(self.buffer[end + 1 : end + 1 + lengths[0]])
        stderr = bytes(self.buffer[end + 1 + lengths[0] : body])
        del self.buffer[:body]
        status = _FLAGS[flag]
        if status is RunStatus.OK and sum(lengths) > entry.limits.max_output_bytes:
            status = RunStatus.OUTPUT_LIMIT
        if status is RunStatus.OK:
            if signal_number is not None:
                status = RunStatus.KILLED if signal_number == 9 else RunStatus.RUNTIME_ERROR
            elif exit_code != 0:
                status = RunStatus.RUNTIME_ERROR
        result = RunResult(status, decode(stdout), decode(stderr), exit_code, elapsed)
        frame = Frame(result, confirm)
        self.frames[entry.index] = frame
        self.on_frame(entry.index, frame)
        return True

    def _header(
        self, line: bytes, entry: Entry
    ) -> tuple[int | None, int | None, float, str, bool, tuple[int, int]]:
        """The fields of a frame's header line; ValueError when it is not what ``entry`` expects."""
        fields = line.split(b" ")
        if len(fields) != 9 or fields[0] != self.nonce:
            raise ValueError("not a frame of this server")
        index, exit_text, signal_text, seconds, flag, confirm, out_length, err_length = fields[1:]
        lengths = int(out_length), int(err_length)
        if int(index) != entry.index or flag.decode() not in _FLAGS or confirm not in (b"0", b"1"):
            raise ValueError("a frame out of order")
        if not all(0 <= n <= entry.limits.max_output_bytes + 1 for n in lengths):
            raise ValueError("more output than the cap")
        exit_code = None if exit_text == b"-" else int(exit_text)
        signal_number = None if signal_text == b"-" else int(signal_text)
        return exit_code, signal_number, float(seconds), flag.decode(), confirm == b"1", lengths


def settled(frame: Frame) -> bool:
    """Whether a batched outcome is final: ``ok`` and far from every limit."""
    return frame.result.status is RunStatus.OK and not frame.confirm


def serve(
    toolchain: Toolchain,
    directory: Path,
    server_argv: Sequence[str],
    entries: Sequence[Entry],
    report: Reporter | None = None,
    give_up: Callable[[int], None] | None = None,
) -> dict[int, RunResult | None]:
    """Run ``entries`` through the server started by ``server_argv`` in the sandbox with
    ``directory`` as its working directory. ``None`` marks a program whose outcome only a lone run
    can give (it failed, came near a limit, or took the server down); settled outcomes go to
    ``report`` as they arrive, and the index of each program that needs a lone run to ``give_up``
    as soon as that is known (``LoneRuns.start``)."""
    outcomes: dict[int, RunResult | None] = {}
    classes: dict[tuple[int, int], list[Entry]] = {}
    for entry in entries:  # one server per limit class: a server's programs share one cgroup
        classes.setdefault((entry.limits.memory_mb, entry.limits.max_processes), []).append(entry)
    for members in classes.values():
        outcomes.update(_serve_class(toolchain, directory, server_argv, members, report, give_up))
    return outcomes


def _serve_class(
    toolchain: Toolchain,
    directory: Path,
    server_argv: Sequence[str],
    entries: Sequence[Entry],
    report: Reporter | None,
    give_up: Callable[[int], None] | None,
) -> dict[int, RunResult | None]:
    isolated = capabilities().full
    lost = give_up or (lambda _index: None)
    outcomes: dict[int, RunResult | None] = {}
    pending = list(entries)
    while pending:
        nonce = secrets.token_hex(16)

        def arrived(index: int, frame: Frame) -> None:
            if not settled(frame):
                lost(index)  # its lone run starts now, beside the rest of this batch
            elif report is not None:
                report(index, frame.result)

        parser = FrameParser(nonce, pending, arrived)
        batch_limits = Limits(
            wall_seconds=SERVER_STARTUP_SECONDS + sum(e.limits.wall_seconds for e in pending),
            cpu_seconds=SERVER_STARTUP_SECONDS + sum(e.limits.cpu_limit_seconds for e in pending),
            memory_mb=max(e.limits.memory_mb for e in pending) + 256,
            max_processes=max(e.limits.max_processes for e in pending) + 32,
            max_output_bytes=sum(2 * e.limits.max_output_bytes + 2 + _MAX_HEADER for e in pending) + 65536,
            disk_mb=max(e.limits.disk_mb for e in pending),
        )
        setup = BatchSetup(program_cgroups={"programs": pending[0].limits} if isolated else {})
        checked(  # the sandbox itself failing is an error, not one program's outcome
            execute(
                [*server_argv],
                workdir=directory,
                limits=batch_limits,
                readonly=toolchain.readonly_paths(),
                environment=toolchain.environment(),
                stdin_data=manifest(nonce, isolated, pending),
                on_stdout=parser.feed,
                batch=setup,
            )
        )
        if parser.unbatchable:
            outcomes.update((entry.index, None) for entry in pending)
            for entry in pending:
                lost(entry.index)
            break
        finished = len(parser.frames)
        for entry in pending[:finished]:
            frame = parser.frames[entry.index]
            outcomes[entry.index] = frame.result if settled(frame) else None
        if finished < len(pending):
            outcomes[pending[finished].index] = None  # it took the server down: run it alone
            lost(pending[finished].index)
            finished += 1
        pending = pending[finished:]
    return outcomes


def run_fork_server_batches(
    toolchain: Toolchain,
    server_argv: Sequence[str],
    server_files: dict[str, str],
    sources: Sequence[str],
    limits: Sequence[Limits],
    jobs: int,
    report: Reporter | None = None,
    give_up: Callable[[int], None] | None = None,
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
            return serve(toolchain, directory, server_argv, entries, report, give_up)

    merged: dict[int, RunResult | None] = {}
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        for part in pool.map(one_chunk, chunks(range(len(sources)), jobs)):
            merged.update(part)
    return [merged.get(index) for index in range(len(sources))]


class LoneRuns:
    """Lone runs of the programs a batch gives up (a build blamed them, or their server could not
    settle them), started the moment that is known, beside the batches still building or running,
    rather than after the last batch: the tail of an evaluation no longer waits for them. The lone
    run's outcome is the verdict, as before; ``jobs`` of them at a time."""

    def __init__(
        self,
        toolchain: Toolchain,
        sources: Sequence[str],
        limits: Sequence[Limits],
        jobs: int,
        report: Reporter | None = None,
    ) -> None:
        self.toolchain, self.sources, self.limits, self.report = toolchain, sources, limits, report
        self.pool = ThreadPoolExecutor(max_workers=max(1, jobs), thread_name_prefix="transcoder-alone")
        self.started: dict[int, Future[RunResult]] = {}
        self.lock = threading.Lock()
        # Without cgroups (degraded mode) a run's task cap is RLIMIT_NPROC, counted per user: a lone
        # JVM started beside a batch's JVM can find no room for its threads. There lone runs wait
        # for the batches, as they all did before.
        self.eager = capabilities().full
        self.deferred: set[int] = set()

    def __enter__(self) -> LoneRuns:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)

    def start(self, index: int) -> None:
        """Run program ``index`` alone (once, however often it is given up)."""
        with self.lock:
            if not self.eager:
                self.deferred.add(index)
            elif index not in self.started:
                self.started[index] = self.pool.submit(self._alone, index)

    def _alone(self, index: int) -> RunResult:
        result = run_single(self.toolchain, self.sources[index], self.limits[index])
        if self.report is not None:
            self.report(index, result)
        return result

    def finish(self, results: Sequence[RunResult | None]) -> list[RunResult]:
        """The verdicts: the batches' settled ``ok`` outcomes, and the lone runs of the rest (those
        not given up yet start now: ``None``, or anything but ``ok``)."""
        self.eager = True  # the batches are done
        for index, result in enumerate(results):
            if result is None or result.status is not RunStatus.OK or index in self.deferred:
                self.start(index)
        final = list(results)
        for index, future in list(self.started.items()):
            final[index] = future.result()
        assert all(result is not None for result in final)
        return [result for result in final if result is not None]


def confirm_failures(
    toolchain: Toolchain,
    sources: Sequence[str],
    limits: Sequence[Limits],
    results: Sequence[RunResult | None],
    jobs: int,
    report: Reporter | None = None,
) -> list[RunResult]:
    """Run alone every program whose batched outcome is not settled (``None``: see ``serve``) or
    not ``ok``, and take the lone run's outcome; report each as it finishes."""
    with LoneRuns(toolchain, sources, limits, jobs, report) as lone:
        return lone.finish(results)
