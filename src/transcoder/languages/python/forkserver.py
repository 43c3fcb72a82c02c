"""Warm Python fork server, run inside the sandbox: one forked child per script of a manifest.

Saves the interpreter's start-up for each script. Each child gets its own process group, CPU,
address-space and file-size limits, standard input from /dev/null, and its output in files; the
protocol is described in ``transcoder.verify.batching``. Standard library only.
"""

import builtins
import contextlib
import os
import resource
import select
import signal
import sys
import time
import traceback

# Modules GfG-style scripts import: loaded once here, shared copy-on-write by every child.
for _name in ("math", "collections", "itertools", "functools", "heapq", "bisect", "random", "re", "string"):
    __import__(_name)


def _exit_code(error: SystemExit) -> int:
    code = error.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    print(code, file=sys.stderr)
    return 1


def _child(index: str, path: str, cpu: int, memory: int, max_output: int) -> None:
    os.setpgid(0, 0)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
    os.dup2(os.open(f"results/{index}.out", flags, 0o644), 1)
    os.dup2(os.open(f"results/{index}.err", flags, 0o644), 2)
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_FSIZE, (max_output + 1, max_output + 1))
    code = 0
    try:
        with open(path, encoding="utf-8") as handle:
            source = handle.read()
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


def _wait(pid: int, deadline: float) -> tuple[int | None, bool]:
    """The wait status of ``pid``, or None and True when the deadline passed first."""
    try:
        handle = os.pidfd_open(pid)
    except (AttributeError, OSError):
        handle = None
    while True:
        finished, status = os.waitpid(pid, os.WNOHANG)
        if finished:
            if handle is not None:
                os.close(handle)
            return status, False
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            if handle is not None:
                os.close(handle)
            return None, True
        if handle is not None:
            select.select([handle], [], [], remaining)
        else:
            time.sleep(min(0.005, remaining))


def main(manifest: str) -> None:
    with open(manifest, encoding="utf-8") as handle:
        entries = [line.rstrip("\n").split("\t") for line in handle if line.strip()]
    for index, path, wall_ms, cpu, memory, max_output in entries:
        sys.stdout.flush()
        sys.stderr.flush()
        start = time.monotonic()
        pid = os.fork()
        if pid == 0:
            try:
                _child(index, path, int(cpu), int(memory), int(max_output))
            finally:
                os._exit(121)
        status, timed_out = _wait(pid, start + int(wall_ms) / 1000)
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pid, signal.SIGKILL)  # the child and whatever it left running
        if timed_out:
            _, status = os.waitpid(pid, 0)
        seconds = time.monotonic() - start
        exit_code, signal_number, flag = "-", "-", "ok"
        if os.WIFSIGNALED(status):
            signal_number = str(os.WTERMSIG(status))
            if os.WTERMSIG(status) == signal.SIGXCPU:
                flag = "timeout"
            elif os.WTERMSIG(status) == signal.SIGXFSZ:
                flag = "output_limit"
        else:
            exit_code = str(os.WEXITSTATUS(status))
        if timed_out:
            flag = "timeout"
        with open(f"results/{index}.status.tmp", "w") as out:
            out.write(f"{exit_code} {signal_number} {seconds:.6f} {flag}\n")
        os.rename(f"results/{index}.status.tmp", f"results/{index}.status")


if __name__ == "__main__":
    main(sys.argv[1])
