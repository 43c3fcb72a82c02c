"""Run untrusted programs with limits, and leave nothing behind.

Every command runs as an argv list (never a shell string with code in it), with standard input from
``/dev/null``, in a new session, inside ``bwrap`` (no network, unprivileged user 65534, read-only
system directories, a private writable working directory and ``/tmp``), in a per-run cgroup (v1)
that limits memory and the number of tasks and lets us kill every process the program started.
CPU time is capped with RLIMIT_CPU, wall time by killing the whole cgroup, output by counting bytes
while reading and killing on overflow.

Where bwrap or the cgroups cannot be used (not root, another machine), the sandbox degrades to
rlimits and a process group and warns once; ``docs/sandbox.md`` says what that loses.
"""

from __future__ import annotations

import contextlib
import enum
import itertools
import os
import selectors
import shutil
import signal
import subprocess
import tempfile
import time
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

# Inside the sandbox the private working directory is always this path.
SANDBOX_WORKDIR = "/sandbox"
SANDBOX_UID = 65534  # nobody

_CGROUP_ROOT = Path("/sys/fs/cgroup")
_CGROUP_PARENT = "transcoder"
_CGROUP_CONTROLLERS = ("pids", "memory")

# A read-only view of the system: toolchains live under /usr (and /etc for the JVM's configuration).
_SYSTEM_READONLY = ("/usr", "/etc")
_SYSTEM_SYMLINKS = (("usr/bin", "/bin"), ("usr/sbin", "/sbin"), ("usr/lib", "/lib"), ("usr/lib64", "/lib64"))

# Joins the cgroups given as the first arguments, then becomes the real command: the process is in
# its cgroup before it can fork. Paths come in as arguments, never interpolated into the script.
_JOIN_CGROUPS_AND_EXEC = (
    'n="$1"; shift; while [ "$n" -gt 0 ]; do echo $$ > "$1" || exit 125; shift; n=$((n-1)); done; exec "$@"'
)


class RunStatus(enum.StrEnum):
    """How a sandboxed program ended."""

    OK = "ok"
    COMPILE_ERROR = "compile_error"
    RUNTIME_ERROR = "runtime_error"
    TIMEOUT = "timeout"
    MEMORY_LIMIT = "memory_limit"
    OUTPUT_LIMIT = "output_limit"
    KILLED = "killed"


@dataclass(frozen=True, slots=True)
class Limits:
    """Resource limits for one run of a program (the build step has its own, more generous ones)."""

    wall_seconds: float = 10.0
    cpu_seconds: float | None = None  # None: the wall limit, rounded up
    memory_mb: int = 1024
    max_processes: int = 64  # tasks, threads included (the JVM needs a couple dozen)
    max_output_bytes: int = 1 << 20  # stdout and stderr together

    def __post_init__(self) -> None:
        if self.wall_seconds <= 0 or self.memory_mb <= 0 or self.max_processes <= 0:
            raise ValueError(f"limits must be positive: {self}")

    @property
    def cpu_limit_seconds(self) -> int:
        seconds = self.cpu_seconds if self.cpu_seconds is not None else self.wall_seconds
        return max(1, int(seconds + 0.999))

    def scaled(self, wall_seconds: float) -> Limits:
        return replace(self, wall_seconds=wall_seconds, cpu_seconds=None)


@dataclass(frozen=True, slots=True)
class ExecResult:
    """The raw outcome of one sandboxed command."""

    exit_code: int | None  # None when killed by a signal
    signal: int | None
    stdout: bytes
    stderr: bytes
    seconds: float  # wall time
    timed_out: bool = False
    memory_exceeded: bool = False
    output_exceeded: bool = False
    sandbox_error: str | None = None  # the sandbox itself could not start the command

    def status(self) -> RunStatus:
        """The run's class; a build step maps ``RUNTIME_ERROR`` to ``COMPILE_ERROR`` itself."""
        if self.output_exceeded:
            return RunStatus.OUTPUT_LIMIT
        if self.timed_out or self.signal == signal.SIGXCPU:
            return RunStatus.TIMEOUT
        if self.memory_exceeded:
            return RunStatus.MEMORY_LIMIT
        if self.signal is not None:
            return RunStatus.KILLED if self.signal == signal.SIGKILL else RunStatus.RUNTIME_ERROR
        if self.exit_code != 0:
            return RunStatus.RUNTIME_ERROR
        return RunStatus.OK


@dataclass(frozen=True, slots=True)
class Capabilities:
    """What isolation this machine allows."""

    bwrap: str | None  # path to bwrap, when it works here
    setpriv: str | None  # to drop to uid 65534 before bwrap, so the sandbox user is unprivileged on the host
    cgroups: dict[str, Path] = field(default_factory=dict)  # controller -> our parent cgroup directory
    reason: str = ""  # why something is missing

    @property
    def full(self) -> bool:
        return bool(self.bwrap and self.setpriv and set(self.cgroups) == set(_CGROUP_CONTROLLERS))

    def describe(self) -> str:
        if self.full:
            return "bwrap (no network, uid 65534) + cgroup v1 (pids, memory) + rlimits"
        return f"rlimits + process group only ({self.reason})"


def _own_cgroup(controller: str) -> str:
    """This process's cgroup path in a v1 hierarchy ("/" at the root)."""
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/cgroup").read_text().splitlines():
            _, controllers, path = line.split(":", 2)
            if controller in controllers.split(","):
                return path
    return "/"


@cache
def capabilities() -> Capabilities:
    """Probe once for bwrap, setpriv and writable cgroup v1 controllers; warn once when degraded."""
    reasons: list[str] = []
    bwrap = shutil.which("bwrap")
    setpriv = shutil.which("setpriv")
    cgroups: dict[str, Path] = {}
    if os.environ.get("TRANSCODER_SANDBOX") == "rlimits":
        reasons.append("TRANSCODER_SANDBOX=rlimits asks for it")
        bwrap = setpriv = None
    elif os.geteuid() != 0:
        reasons.append("not running as root")
        bwrap = setpriv = None
    else:
        if bwrap is None or setpriv is None:
            reasons.append("bwrap or setpriv not installed")
        for controller in _CGROUP_CONTROLLERS:
            # Nest under our own cgroup so that limits set on us still hold for what we start.
            base = _CGROUP_ROOT / controller / _own_cgroup(controller).lstrip("/")
            parent = base / _CGROUP_PARENT
            try:
                parent.mkdir(exist_ok=True)
                if (parent / "cgroup.procs").exists():
                    cgroups[controller] = parent
            except OSError:
                pass
        _remove_stale_cgroups(cgroups.values())
        if set(cgroups) != set(_CGROUP_CONTROLLERS):
            reasons.append("cgroup v1 pids/memory controllers not writable")
        if bwrap and setpriv:
            with tempfile.TemporaryDirectory(prefix="transcoder-probe-") as empty:
                os.chown(empty, SANDBOX_UID, SANDBOX_UID)
                drop = [setpriv, f"--reuid={SANDBOX_UID}", f"--regid={SANDBOX_UID}", "--clear-groups", "--"]
                probe = subprocess.run(
                    [*drop, bwrap, *_bwrap_arguments(Path(empty), ()), "--", "/bin/true"],
                    stdin=subprocess.DEVNULL,
                    capture_output=True,
                    check=False,
                )
            if probe.returncode != 0:
                reasons.append(
                    f"bwrap cannot create namespaces: {probe.stderr.decode(errors='replace').strip()}"
                )
                bwrap = None
    found = Capabilities(bwrap, setpriv, cgroups, "; ".join(reasons))
    if not found.full:
        warnings.warn(
            f"transcoder sandbox degraded to {found.describe()}: untrusted code runs without network "
            "isolation or a private file system (see docs/sandbox.md)",
            RuntimeWarning,
            stacklevel=2,
        )
    return found


def _remove_stale_cgroups(parents: Iterable[Path]) -> None:
    """Empty and remove run cgroups left by processes that died without cleaning up (SIGKILL)."""
    for parent in parents:
        for directory in parent.glob("run-*-*"):
            owner = int(directory.name.split("-")[1]) if directory.name.split("-")[1].isdigit() else 0
            try:
                os.kill(owner, 0)
                continue  # its owner still runs
            except ProcessLookupError:
                pass
            except PermissionError:
                continue
            with contextlib.suppress(OSError, ValueError):
                for pid in (directory / "cgroup.procs").read_text().split():
                    with contextlib.suppress(ProcessLookupError):
                        os.kill(int(pid), signal.SIGKILL)
                directory.rmdir()


def _bwrap_arguments(workdir: Path, readonly: Sequence[str]) -> list[str]:
    arguments = ["--unshare-all", "--die-with-parent", "--new-session"]
    arguments += ["--uid", str(SANDBOX_UID), "--gid", str(SANDBOX_UID)]
    # Mounts apply in order: the private /tmp first, so that read-only binds under /tmp (a cache
    # directory there) land on top of it rather than being hidden by it.
    arguments += ["--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp"]
    for path in dict.fromkeys((*_SYSTEM_READONLY, *readonly)):
        if os.path.exists(path):
            arguments += ["--ro-bind", path, path]
    for target, link in _SYSTEM_SYMLINKS:
        if os.path.islink(link) or not os.path.exists(link):
            arguments += ["--symlink", target, link]
        else:
            arguments += ["--ro-bind", link, link]
    arguments += ["--bind", str(workdir), SANDBOX_WORKDIR, "--chdir", SANDBOX_WORKDIR]
    return arguments


_run_counter = itertools.count()


class _RunCgroup:
    """One cgroup per controller for one run: created with limits, emptied by force, removed."""

    def __init__(self, parents: Mapping[str, Path], limits: Limits) -> None:
        name = f"run-{os.getpid()}-{next(_run_counter)}"
        self.directories: list[Path] = []
        for controller, parent in parents.items():
            directory = parent / name
            directory.mkdir()
            self.directories.append(directory)
            if controller == "pids":
                (directory / "pids.max").write_text(str(limits.max_processes))
            elif controller == "memory":
                limit = str(limits.memory_mb * 1024 * 1024)
                (directory / "memory.limit_in_bytes").write_text(limit)
                with contextlib.suppress(OSError):  # absent without swap accounting
                    (directory / "memory.memsw.limit_in_bytes").write_text(limit)
        self.memory = next((d for d in self.directories if d.parent == parents.get("memory")), None)

    @property
    def procs_files(self) -> list[str]:
        return [str(directory / "cgroup.procs") for directory in self.directories]

    def pids(self) -> set[int]:
        found: set[int] = set()
        for directory in self.directories:
            with contextlib.suppress(OSError):
                found.update(int(line) for line in (directory / "cgroup.procs").read_text().split())
        return found

    def out_of_memory(self) -> bool:
        if self.memory is None:
            return False
        with contextlib.suppress(OSError, ValueError):
            for line in (self.memory / "memory.oom_control").read_text().splitlines():
                key, _, value = line.partition(" ")
                if key == "oom_kill" and int(value) > 0:
                    return True
            return int((self.memory / "memory.failcnt").read_text()) > 0 and self._near_limit()
        return False

    def _near_limit(self) -> bool:
        assert self.memory is not None
        peak = int((self.memory / "memory.max_usage_in_bytes").read_text())
        limit = int((self.memory / "memory.limit_in_bytes").read_text())
        return peak >= limit * 0.95

    def kill_all(self, spare: int | None = None) -> None:
        """SIGKILL every task until the cgroup is empty (a fork bomb is capped by pids.max), or
        holds only ``spare``: our own child, kept alive so that it reaps its descendants rather than
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
        for directory in self.directories:
            for _ in range(200):  # rmdir fails while the last killed tasks are still being reaped
                try:
                    directory.rmdir()
                    break
                except FileNotFoundError:
                    break
                except OSError:
                    time.sleep(0.01)


def make_workdir(prefix: str = "transcoder-") -> Path:
    """A private working directory the sandbox user may write to."""
    path = Path(tempfile.mkdtemp(prefix=prefix))
    if capabilities().full:
        os.chown(path, SANDBOX_UID, SANDBOX_UID)
    return path


@contextlib.contextmanager
def workdir(prefix: str = "transcoder-") -> Iterator[Path]:
    path = make_workdir(prefix)
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def give_to_sandbox(path: Path) -> None:
    """Let the sandbox user write ``path`` (files we create in its working directory)."""
    if capabilities().full:
        for root, directories, files in os.walk(path):
            os.chown(root, SANDBOX_UID, SANDBOX_UID)
            for name in (*directories, *files):
                os.chown(os.path.join(root, name), SANDBOX_UID, SANDBOX_UID, follow_symlinks=False)


_BASE_ENVIRONMENT = {
    "PATH": "/usr/local/bin:/usr/bin:/bin",
    "LANG": "C.UTF-8",
    "LC_ALL": "C.UTF-8",
    "HOME": SANDBOX_WORKDIR,
    "TMPDIR": "/tmp",
}


def execute(
    argv: Sequence[str],
    *,
    workdir: Path,
    limits: Limits,
    readonly: Sequence[str] = (),
    environment: Mapping[str, str] | None = None,
    stdin_path: Path | None = None,
    isolation: Capabilities | None = None,
) -> ExecResult:
    """Run ``argv`` (paths as seen inside the sandbox, working directory ``SANDBOX_WORKDIR``)
    in the sandbox with ``workdir`` as its private writable directory; ``readonly`` adds host paths
    visible read-only at the same place. Standard input is ``/dev/null`` unless ``stdin_path``
    names a file to read it from. ``isolation`` overrides what ``capabilities()`` found (tests of
    the degraded mode use it)."""
    found = isolation if isolation is not None else capabilities()
    env = {**_BASE_ENVIRONMENT, **(environment or {})}
    rlimits = [
        # SIGXCPU at the soft limit (classified as timeout), SIGKILL a second later if ignored.
        f"--cpu={limits.cpu_limit_seconds}:{limits.cpu_limit_seconds + 1}",
        "--core=0",
        f"--fsize={max(limits.max_output_bytes, 64 << 20)}",  # files in the workdir: bounded too
    ]
    cgroup: _RunCgroup | None = None
    if found.full:
        assert found.bwrap and found.setpriv
        cgroup = _RunCgroup(found.cgroups, limits)
        command = [
            "/bin/sh", "-c", _JOIN_CGROUPS_AND_EXEC, "sh", str(len(cgroup.procs_files)), *cgroup.procs_files,
            "prlimit", *rlimits, "--",
            found.setpriv, f"--reuid={SANDBOX_UID}", f"--regid={SANDBOX_UID}", "--clear-groups", "--",
            found.bwrap, *_bwrap_arguments(workdir, readonly), "--", *argv,
        ]  # fmt: skip
        cwd = "/"
    else:
        # Degraded: the process group is the only handle on what the program starts; RLIMIT_NPROC
        # counts every process of this user, so it is a coarse cap; RLIMIT_AS stands in for memory.
        rlimits.append(f"--nproc={limits.max_processes + _current_process_count()}")
        if environment is None or environment.get("TRANSCODER_NO_AS_LIMIT") != "1":
            rlimits.append(f"--as={limits.memory_mb * 1024 * 1024}")
        command = ["prlimit", *rlimits, "--", *(_outside_path(a, workdir) for a in argv)]
        cwd = str(workdir)
        env["HOME"] = str(workdir)
    try:
        return _supervise(command, cwd=cwd, env=env, limits=limits, cgroup=cgroup, stdin_path=stdin_path)
    finally:
        if cgroup is not None:
            cgroup.kill_all()
            cgroup.remove()


def _outside_path(argument: str, workdir: Path) -> str:
    """Map the sandbox's working directory onto the real one when running without bwrap."""
    if argument == SANDBOX_WORKDIR or argument.startswith(SANDBOX_WORKDIR + "/"):
        return str(workdir) + argument[len(SANDBOX_WORKDIR) :]
    return argument.replace(f"{SANDBOX_WORKDIR}/", f"{workdir}/")


def _current_process_count() -> int:
    uid = os.getuid()
    count = 0
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                if entry.stat().st_uid == uid:
                    count += 1
    return count


def _supervise(
    command: list[str],
    *,
    cwd: str,
    env: dict[str, str],
    limits: Limits,
    cgroup: _RunCgroup | None,
    stdin_path: Path | None,
) -> ExecResult:
    start = time.monotonic()
    try:
        stdin = open(stdin_path, "rb") if stdin_path is not None else subprocess.DEVNULL  # noqa: SIM115
    except OSError as error:
        return ExecResult(None, None, b"", b"", 0.0, sandbox_error=f"cannot read standard input: {error}")
    try:
        process = subprocess.Popen(
            command,
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=cwd,
            env=env,
            start_new_session=True,
            close_fds=True,
        )
    except OSError as error:
        return ExecResult(None, None, b"", b"", 0.0, sandbox_error=f"cannot start {command[0]}: {error}")
    finally:
        if stdin_path is not None:
            stdin.close()  # type: ignore[union-attr]

    def kill_everything() -> None:
        if cgroup is not None:
            cgroup.kill_all(spare=process.pid)
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=1)  # bwrap exits once its children are gone
            cgroup.kill_all()
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)

    chunks: dict[int, list[bytes]] = {1: [], 2: []}
    total = 0
    timed_out = output_exceeded = False
    deadline = start + limits.wall_seconds
    selector = selectors.DefaultSelector()
    assert process.stdout is not None and process.stderr is not None
    selector.register(process.stdout, selectors.EVENT_READ, 1)
    selector.register(process.stderr, selectors.EVENT_READ, 2)
    exited_at: float | None = None
    try:
        while selector.get_map():
            now = time.monotonic()
            if exited_at is None and process.poll() is not None:
                exited_at = now
                # Whatever the program left running dies with it (and closes our pipes).
                kill_everything()
            if exited_at is not None and now - exited_at > 1.0:
                break  # a descendant we cannot kill holds the pipe (degraded mode only)
            if now >= deadline:
                timed_out = True
                kill_everything()
                break
            for key, _ in selector.select(timeout=min(0.1, deadline - now)):
                data = os.read(key.fd, 65536)
                if not data:
                    selector.unregister(key.fileobj)
                    continue
                total += len(data)
                if total > limits.max_output_bytes:
                    output_exceeded = True
                    keep = len(data) - (total - limits.max_output_bytes)
                    chunks[key.data].append(data[: max(keep, 0)])
                    kill_everything()
                    break
                chunks[key.data].append(data)
            if output_exceeded:
                break
    finally:
        selector.close()
        kill_everything()
        process.stdout.close()
        process.stderr.close()
        returncode = process.wait()
    seconds = time.monotonic() - start
    exit_code: int | None = returncode
    signal_number: int | None = None
    if returncode < 0:
        exit_code, signal_number = None, -returncode
    elif cgroup is not None and returncode > 128 and returncode - 128 < signal.NSIG:
        # bwrap reports a child killed by signal N as exit status 128 + N.
        exit_code, signal_number = None, returncode - 128
    if cgroup is not None and returncode == 125 and not chunks[1]:
        stderr = b"".join(chunks[2]).decode(errors="replace").strip()
        return ExecResult(None, None, b"", b"", seconds, sandbox_error=f"cannot join cgroup: {stderr}")
    memory_exceeded = cgroup.out_of_memory() if cgroup is not None else False
    return ExecResult(
        exit_code,
        signal_number,
        b"".join(chunks[1]),
        b"".join(chunks[2]),
        seconds,
        timed_out=timed_out,
        memory_exceeded=memory_exceeded,
        output_exceeded=output_exceeded,
    )
