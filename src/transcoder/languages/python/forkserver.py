"""Warm Python fork server, run inside the sandbox: one forked child per script of a manifest.

Saves the interpreter's start-up for each script. Reads its manifest from standard input and
answers with one frame per script on standard output (protocol: ``transcoder.verify.batching``).
Each child gets its own process group, its own cgroups (memory, tasks) when the sandbox provides
them, the same CPU and file-size limits as a lone run, standard input from /dev/null, and its
output in files of a private directory, which the server reads (at most the cap) and streams.
After each script everything it started is killed and every file it left is removed, so that the
next script starts as it would alone. Standard library only.
"""

import builtins
import contextlib
import ctypes
import os
import resource
import select
import shutil
import signal
import sys
import time
import traceback

# Modules GfG-style scripts import: loaded once here, shared copy-on-write by every child.
for _name in ("math", "collections", "itertools", "functools", "heapq", "bisect", "random", "re", "string"):
    __import__(_name)

CGROUPS = "/transcoder-cgroups"
PR_SET_DUMPABLE = 4
DISK_FULL_BYTES = 64 << 10
NEAR = 0.5  # of the time or CPU limit: a lone run might end differently


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


def _child(entry: dict, isolated: bool, results: str) -> None:
    os.setpgid(0, 0)
    _set_dumpable(1)
    if isolated:
        for controller in ("memory", "pids"):
            with open(f"{CGROUPS}/{controller}/p{entry['index']}/cgroup.procs", "w") as group:
                group.write("0")
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW
    os.dup2(os.open(f"{results}/{entry['index']}.out", flags, 0o600), 1)
    os.dup2(os.open(f"{results}/{entry['index']}.err", flags, 0o600), 2)
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
        source = entry["source"]
        sys.argv = [path]
        program = compile(source, path, "exec")
        namespace = {"__name__": "__main__", "__file__": path, "__builtins__": builtins, "__doc__": None}
        exec(program, namespace)
    except SystemExit as error:
        code = _exit_code(error)
    except BaseException:
        traceback.print_exc()
        code = 1
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BaseException:
        code = code or 120
    os._exit(code)


def _wait(pid: int, deadline: float, outputs: list[str], cap: int) -> tuple[int | None, object, str]:
    """Wait for ``pid`` until ``deadline``, watching its output files: (status, rusage, flag)."""
    try:
        handle = os.pidfd_open(pid)
    except (AttributeError, OSError):
        handle = None
    try:
        while True:
            finished, status, usage = os.wait4(pid, os.WNOHANG)
            if finished:
                return status, usage, "ok"
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None, None, "timeout"
            if _size(outputs) > cap:
                return None, None, "output_limit"
            if handle is not None:
                select.select([handle], [], [], min(remaining, 0.05))
            else:
                time.sleep(min(0.005, remaining))
    finally:
        if handle is not None:
            os.close(handle)


def _size(paths: list[str]) -> int:
    total = 0
    for path in paths:
        with contextlib.suppress(OSError):
            total += os.lstat(path).st_size
    return total


def _read_capped(path: str, cap: int) -> bytes:
    try:
        handle = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return b""
    try:
        chunks, left = [], cap + 1
        while left > 0:
            data = os.read(handle, min(left, 1 << 16))
            if not data:
                break
            chunks.append(data)
            left -= len(data)
        return b"".join(chunks)
    finally:
        os.close(handle)


def _cgroup_value(controller: str, index: str, name: str) -> str:
    try:
        with open(f"{CGROUPS}/{controller}/p{index}/{name}") as handle:
            return handle.read()
    except OSError:
        return ""


def _memory_flags(index: str) -> tuple[bool, bool]:
    """(the program's memory cgroup killed it, it came near its memory or task limit)."""
    control = dict(
        line.split(" ", 1) for line in _cgroup_value("memory", index, "memory.oom_control").splitlines()
    )
    oom = control.get("oom_kill", "0").strip() != "0"
    near = False
    with contextlib.suppress(ValueError):
        failed = int(_cgroup_value("memory", index, "memory.failcnt") or 0)
        peak = int(_cgroup_value("memory", index, "memory.max_usage_in_bytes") or 0)
        limit = int(_cgroup_value("memory", index, "memory.limit_in_bytes") or 1 << 62)
        near = failed > 0 or peak >= 0.9 * limit
    events = _cgroup_value("pids", index, "pids.events").split()
    near = near or (len(events) == 2 and events[1] != "0")
    return oom, near


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


def _frame(nonce: str, entry: dict, outcome: tuple[int | None, object, str], seconds: float,
           isolated: bool, results: str) -> bytes:  # fmt: skip
    status, usage, flag = outcome
    index, cap = entry["index"], entry["max_output"]
    exit_code = signal_number = "-"
    if status is not None:
        if os.WIFSIGNALED(status):
            signal_number = str(os.WTERMSIG(status))
            if os.WTERMSIG(status) == signal.SIGXCPU:
                flag = "timeout"
            elif os.WTERMSIG(status) == signal.SIGXFSZ:
                flag = "disk_limit"
        else:
            exit_code = str(os.WEXITSTATUS(status))
    near = seconds >= NEAR * entry["wall_ms"] / 1000
    if usage is not None:
        near = near or usage.ru_utime + usage.ru_stime >= NEAR * entry["cpu"]
    if isolated:
        oom, near_memory = _memory_flags(index)
        near = near or near_memory
        if oom and flag == "ok":
            flag = "memory_limit"
    if flag == "ok" and _disk_full():
        flag = "disk_limit"
    out = _read_capped(f"{results}/{index}.out", cap)
    err = _read_capped(f"{results}/{index}.err", cap)
    if flag == "ok" and len(out) + len(err) > cap:
        flag = "output_limit"
    for stream in ("out", "err"):
        with contextlib.suppress(OSError):
            os.unlink(f"{results}/{index}.{stream}")
    header = f"{nonce} {index} {exit_code} {signal_number} {seconds:.6f} {flag} {int(near)} {len(out)} {len(err)}\n"
    return header.encode() + out + err


def _read_manifest() -> tuple[str, bool, str, list[dict]]:
    lines = sys.stdin.read().splitlines()
    _, _, nonce, isolated, results = lines[0].split(" ")
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
    return nonce, isolated == "1", results, entries


def _write_all(data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(1, view) :]


def main() -> None:
    nonce, isolated, results, entries = _read_manifest()
    _set_dumpable(0)
    before = _listing()
    for entry in entries:
        sys.stdout.flush()
        sys.stderr.flush()
        start = time.monotonic()
        pid = os.fork()
        if pid == 0:
            try:
                _child(entry, isolated, results)
            finally:
                os._exit(121)
        outputs = [f"{results}/{entry['index']}.out", f"{results}/{entry['index']}.err"]
        outcome = _wait(pid, start + entry["wall_ms"] / 1000, outputs, entry["max_output"])
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pid, signal.SIGKILL)  # the child and whatever it left running
        if isolated:
            # In the sandbox's own pid namespace this is everything but us and its init: what the
            # program started in other sessions or process groups dies too.
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(-1, signal.SIGKILL)
        if outcome[0] is None:
            _, status, usage = os.wait4(pid, 0)
            outcome = (status, usage, outcome[2])
        seconds = time.monotonic() - start
        frame = _frame(nonce, entry, outcome, seconds, isolated, results)
        _remove_leftovers(before)
        _write_all(frame)


if __name__ == "__main__":
    main()
