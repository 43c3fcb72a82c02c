"""Warm Python fork server, run inside the sandbox: one forked child per script of a manifest.

Saves the interpreter's start-up for each script. Reads its manifest from standard input and
answers with one frame per script on standard output (protocol: ``transcoder.verify.batching``).
Each child gets its own process group, its own cgroups (memory, tasks) when the sandbox provides
them, the same CPU and file-size limits as a lone run, standard input from /dev/null, and pipes for
its output, which the server reads up to the cap (past it, the child is killed), as the host does
for a lone run. After each script everything it started is killed and every file it left is
removed, so that the next script starts as it would alone. Standard library only.
"""

import atexit
import builtins
import contextlib
import ctypes
import os
import resource
import select
import shutil
import signal
import sys
import threading
import time
import traceback
from typing import Any

# Modules GfG-style scripts import: loaded once here, shared copy-on-write by every child.
for _name in ("math", "collections", "itertools", "functools", "heapq", "bisect", "random", "re", "string"):
    __import__(_name)

CGROUPS = "/transcoder-cgroups"
PR_SET_DUMPABLE = 4
DISK_FULL_BYTES = 64 << 10
NEAR = 0.5  # of the time or CPU limit: a lone run might end differently
Entry = dict[str, Any]  # one script of the manifest, as JSON gives it (see _read_manifest)


def _exit_code(error: SystemExit) -> int:
    code = error.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    print(code, file=sys.stderr)
    return 1


def _set_dumpable(value: int) -> None:
    """A non-dumpable server cannot be read or written through /proc by its children."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_DUMPABLE, value, 0, 0, 0)


def _child(entry: Entry, isolated: bool, stdout: int, stderr: int) -> None:
    os.setpgid(0, 0)
    _set_dumpable(1)
    os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
    os.dup2(stdout, 1)
    os.dup2(stderr, 2)
    os.closerange(3, 65536)
    cpu = entry["cpu"]
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    resource.setrlimit(resource.RLIMIT_FSIZE, (entry["file_bytes"], entry["file_bytes"]))
    if not isolated:  # without a memory cgroup, as a lone degraded run does
        resource.setrlimit(resource.RLIMIT_AS, (entry["memory"], entry["memory"]))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # as a fresh interpreter has it
    code = 0
    try:
        path = entry["target"]
        sys.argv = [path]
        program = compile(entry["source"], path, "exec")
        namespace = {"__name__": "__main__", "__file__": path, "__builtins__": builtins, "__doc__": None}
        exec(program, namespace)
    except SystemExit as error:
        code = _exit_code(error)
    except BaseException:
        traceback.print_exc()
        code = 1
    code = _finalize(code)
    os._exit(code)


def _finalize(code: int) -> int:
    """What the interpreter does at exit, in its order: wait for non-daemon threads, run the atexit
    functions, flush the standard streams."""
    try:
        threading._shutdown()  # type: ignore[attr-defined]
    except BaseException:
        traceback.print_exc()
    try:
        atexit._run_exitfuncs()
    except BaseException:
        traceback.print_exc()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BaseException:
        code = code or 120
    return code


class Output:
    """A child's stdout and stderr pipes, read as they fill, up to the cap on both together."""

    def __init__(self, cap: int, stdout: int, stderr: int) -> None:
        self.cap = cap
        self.texts = [bytearray(), bytearray()]
        self.open = {stdout: 0, stderr: 1}  # descriptor -> which text
        self.total = 0
        for descriptor in self.open:
            os.set_blocking(descriptor, False)

    def read(self, timeout: float, extra: list[int]) -> None:
        """Read what is ready within ``timeout`` (also waking up when one of ``extra`` is ready)."""
        ready, _, _ = select.select([*self.open, *extra], [], [], max(0.0, timeout))
        for descriptor in ready:
            if descriptor not in self.open:
                continue
            try:
                data = os.read(descriptor, 1 << 16)
            except BlockingIOError:
                continue
            if not data:
                os.close(descriptor)
                del self.open[descriptor]
                continue
            keep = max(0, min(len(data), self.cap - self.total))
            self.texts[self.open[descriptor]] += data[:keep]
            self.total += len(data)

    def exceeded(self) -> bool:
        return self.total > self.cap

    def close(self) -> None:
        for descriptor in self.open:
            with contextlib.suppress(OSError):
                os.close(descriptor)
        self.open = {}


def _run(entry: Entry, isolated: bool) -> tuple[int, resource.struct_rusage, str, bytes, bytes, float]:
    """Fork one child for ``entry``: (wait status, rusage, flag, stdout, stderr, seconds)."""
    out_read, out_write = os.pipe()
    err_read, err_write = os.pipe()
    start = time.monotonic()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(out_read)
            os.close(err_read)
            _child(entry, isolated, out_write, err_write)
        finally:
            os._exit(121)
    os.close(out_write)
    os.close(err_write)
    output = Output(entry["max_output"], out_read, err_read)
    handle = os.pidfd_open(pid)
    deadline = start + entry["wall_ms"] / 1000
    flag = "ok"
    try:
        while True:
            finished, status, usage = os.wait4(pid, os.WNOHANG)
            if finished:
                break
            if time.monotonic() >= deadline:
                flag = "timeout"
            elif output.exceeded():
                flag = "output_limit"
            if flag != "ok":
                os.killpg(pid, signal.SIGKILL)
                _, status, usage = os.wait4(pid, 0)
                break
            output.read(min(0.05, deadline - time.monotonic()), [handle])
    finally:
        os.close(handle)
    seconds = time.monotonic() - start
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)  # whatever the program left running
    if isolated:
        # In the sandbox's own pid namespace this is everything but us and its init: what the
        # program started in other sessions or process groups dies too.
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(-1, signal.SIGKILL)
    drain_until = time.monotonic() + 1.0  # a descendant we could not kill may hold a pipe open
    while output.open and time.monotonic() < drain_until and not output.exceeded():
        output.read(0.05, [])
    output.close()
    if flag == "ok" and output.exceeded():
        flag = "output_limit"
    return status, usage, flag, bytes(output.texts[0]), bytes(output.texts[1]), seconds


def _cgroup_value(controller: str, name: str) -> str:
    try:
        with open(f"{CGROUPS}/{controller}/programs/{name}") as handle:
            return handle.read()
    except OSError:
        return ""


def _join_programs_cgroup() -> None:
    """Join the cgroup with the programs' limits once: every child is then born in it."""
    for controller in ("memory", "pids"):
        with open(f"{CGROUPS}/{controller}/programs/cgroup.procs", "w") as group:
            group.write("0")


def _counters() -> tuple[int, int, int]:
    """(OOM kills, charges refused at the memory limit, forks refused at the task limit) so far; and
    the peak usage starts again from now."""
    with (
        contextlib.suppress(OSError),
        open(f"{CGROUPS}/memory/programs/memory.max_usage_in_bytes", "w") as peak,
    ):
        peak.write("0")
    control = dict(line.split(" ", 1) for line in _cgroup_value("memory", "memory.oom_control").splitlines())
    events = _cgroup_value("pids", "pids.events").split()
    try:
        return (int(control.get("oom_kill", "0")), int(_cgroup_value("memory", "memory.failcnt") or 0),
                int(events[1]) if len(events) == 2 else 0)  # fmt: skip
    except ValueError:
        return 0, 0, 0


def _near_memory() -> bool:
    try:
        peak = int(_cgroup_value("memory", "memory.max_usage_in_bytes"))
        return peak >= 0.9 * int(_cgroup_value("memory", "memory.limit_in_bytes"))
    except ValueError:
        return False


def _listing() -> dict[str, set[str]]:
    found = {}
    for directory in (".", "/tmp"):
        with contextlib.suppress(OSError):
            found[directory] = set(os.listdir(directory))
    return found


def _remove_leftovers(before: dict[str, set[str]]) -> None:
    """Remove what the last program added to the working directory and /tmp (never following links)."""
    for directory, names in before.items():
        with contextlib.suppress(OSError):
            for name in set(os.listdir(directory)) - names:
                path = os.path.join(directory, name)
                if os.path.isdir(path) and not os.path.islink(path):
                    shutil.rmtree(path, ignore_errors=True)
                else:
                    with contextlib.suppress(OSError):
                        os.unlink(path)


def _disk_full() -> bool:
    usage = os.statvfs(".")
    return usage.f_bavail * usage.f_frsize < DISK_FULL_BYTES or usage.f_favail < 8


def _frame(nonce: str, entry: Entry, isolated: bool) -> bytes:
    before = _counters() if isolated else (0, 0, 0)
    status, usage, flag, out, err, seconds = _run(entry, isolated)
    index = entry["index"]
    exit_code = signal_number = "-"
    if os.WIFSIGNALED(status):
        signal_number = str(os.WTERMSIG(status))
        if os.WTERMSIG(status) == signal.SIGXCPU:
            flag = "timeout"
        elif os.WTERMSIG(status) == signal.SIGXFSZ and flag == "ok":
            flag = "disk_limit"
    else:
        exit_code = str(os.WEXITSTATUS(status))
    near = seconds >= NEAR * entry["wall_ms"] / 1000 or usage.ru_utime + usage.ru_stime >= NEAR * entry["cpu"]
    if isolated:
        after = _counters()
        near = near or after[1] > before[1] or after[2] > before[2] or _near_memory()
        if after[0] > before[0] and flag == "ok":
            flag = "memory_limit"
    if flag == "ok" and _disk_full():
        flag = "disk_limit"
    header = f"{nonce} {index} {exit_code} {signal_number} {seconds:.6f} {flag} {int(near)} {len(out)} {len(err)}\n"
    return header.encode() + out + err


def _read_manifest() -> tuple[str, bool, list[Entry]]:
    lines = sys.stdin.read().splitlines()
    _, _, nonce, isolated = lines[0].split(" ")
    entries = []
    for line in lines[1:]:
        if not line.strip():
            continue
        index, target, wall_ms, cpu, memory, max_output, file_bytes = line.split("\t")
        with open(target, encoding="utf-8") as handle:  # read now, before any program can rewrite it
            source = handle.read()
        entries.append({"index": index, "target": target, "source": source, "wall_ms": int(wall_ms),
                        "cpu": int(cpu), "memory": int(memory), "max_output": int(max_output),
                        "file_bytes": int(file_bytes)})  # fmt: skip
    return nonce, isolated == "1", entries


def _write_all(data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(1, view) :]


def main() -> None:
    nonce, isolated, entries = _read_manifest()
    _set_dumpable(0)
    if isolated:
        _join_programs_cgroup()
    before = _listing()
    for entry in entries:
        sys.stdout.flush()
        sys.stderr.flush()
        frame = _frame(nonce, entry, isolated)
        _remove_leftovers(before)
        _write_all(frame)


if __name__ == "__main__":
    main()
