"""Run untrusted programs with limits, and leave nothing behind.

Every command runs as an argv list (never a shell string with code in it), with standard input from
``/dev/null`` (or from an anonymous file we wrote), in a new session, inside ``bwrap`` (no network,
unprivileged user 65534, read-only system directories, a private writable working directory and
``/tmp``), in a per-run cgroup (v1) that limits memory and the number of tasks and lets us kill
every process the program started. CPU time is capped with RLIMIT_CPU, wall time by killing the
whole cgroup, output by counting bytes while reading and killing on overflow, and disk by giving
each working directory a size-limited tmpfs of its own.

The host never reads, writes or follows anything in a directory the sandbox could write once
untrusted code has run there, except removing it (without following links): results come back
over pipes the host owns.

Where bwrap or the cgroups cannot be used (not root, another machine), the sandbox degrades to
rlimits and a process group and warns once; ``docs/sandbox.md`` says what that loses.
"""

from __future__ import annotations

import contextlib
import ctypes
import enum
import os
import re
import selectors
import shutil
import signal
import subprocess
import tempfile
import threading
import time
import warnings
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import IO

from transcoder.verify.cgroups import CONTROLLERS, SANDBOX_CGROUPS, RunCgroup, remove_stale, writable_parents

# Inside the sandbox the private working directory is always this path.
SANDBOX_WORKDIR = "/sandbox"
SANDBOX_UID = 65534  # nobody

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
    DISK_LIMIT = "disk_limit"
    KILLED = "killed"


@dataclass(frozen=True, slots=True)
class Limits:
    """Resource limits for one run of a program (the build step has its own, more generous ones)."""

    wall_seconds: float = 10.0
    cpu_seconds: float | None = None  # None: the wall limit, rounded up
    memory_mb: int = 1024
    max_processes: int = 64  # tasks, threads included (the JVM needs a couple dozen)
    max_output_bytes: int = 1 << 20  # stdout and stderr together
    disk_mb: int = 128  # new files in the working directory and /tmp together; also the largest file

    def __post_init__(self) -> None:
        numbers = (self.wall_seconds, self.memory_mb, self.max_processes, self.max_output_bytes, self.disk_mb)
        if any(not isinstance(n, int | float) or isinstance(n, bool) or not n > 0 for n in numbers):
            raise ValueError(f"limits must be positive numbers: {self}")
        if self.cpu_seconds is not None and not self.cpu_seconds > 0:
            raise ValueError(f"limits must be positive numbers: {self}")

    @property
    def cpu_limit_seconds(self) -> int:
        seconds = self.cpu_seconds if self.cpu_seconds is not None else self.wall_seconds
        return max(1, int(seconds + 0.999))

    @property
    def file_size_bytes(self) -> int:
        """RLIMIT_FSIZE, the same alone and batched: no file may outgrow the disk allowance."""
        return self.disk_mb << 20

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
    disk_exceeded: bool = False  # the working directory's quota was (nearly) full at the end
    sandbox_error: str | None = None  # the sandbox itself could not start the command

    def status(self) -> RunStatus:
        """The run's class; a build step maps ``RUNTIME_ERROR`` to ``COMPILE_ERROR`` itself."""
        if self.output_exceeded:
            return RunStatus.OUTPUT_LIMIT
        if self.timed_out or self.signal == signal.SIGXCPU:
            return RunStatus.TIMEOUT
        if self.memory_exceeded:
            return RunStatus.MEMORY_LIMIT
        if self.disk_exceeded or self.signal == signal.SIGXFSZ:
            return RunStatus.DISK_LIMIT
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
    disk_quota: bool = False  # each working directory can be a size-limited tmpfs (needs root)

    @property
    def full(self) -> bool:
        return bool(self.bwrap and self.setpriv and set(self.cgroups) == set(CONTROLLERS))

    def describe(self) -> str:
        if self.full:
            quota = ", tmpfs disk quota" if self.disk_quota else ", no disk quota"
            return f"bwrap (no network, uid 65534) + cgroup v1 (pids, memory) + rlimits{quota}"
        return f"rlimits + process group only ({self.reason})"


@cache
def capabilities() -> Capabilities:
    """Probe once for bwrap, setpriv, writable cgroup v1 controllers and tmpfs quotas; clean what
    killed runs left behind; warn once when degraded."""
    reasons: list[str] = []
    bwrap = shutil.which("bwrap")
    setpriv = shutil.which("setpriv")
    cgroups: dict[str, Path] = {}
    quota = False
    if os.environ.get("TRANSCODER_SANDBOX") == "rlimits":
        reasons.append("TRANSCODER_SANDBOX=rlimits asks for it")
        bwrap = setpriv = None
    elif os.geteuid() != 0:
        reasons.append("not running as root")
        bwrap = setpriv = None
    else:
        if bwrap is None or setpriv is None:
            reasons.append("bwrap or setpriv not installed")
        cgroups = writable_parents()
        remove_stale(cgroups.values())
        if set(cgroups) != set(CONTROLLERS):
            reasons.append("cgroup v1 pids/memory controllers not writable")
        quota = _tmpfs_works()
        if bwrap and setpriv:
            bwrap = _probe_bwrap(bwrap, setpriv, reasons)
    remove_stale_workdirs()
    found = Capabilities(bwrap, setpriv, cgroups, "; ".join(reasons), quota)
    if not found.full:
        warnings.warn(
            f"transcoder sandbox degraded to {found.describe()}: untrusted code runs without network "
            "isolation or a private file system (see docs/sandbox.md)",
            RuntimeWarning,
            stacklevel=2,
        )
    return found


def _probe_bwrap(bwrap: str, setpriv: str, reasons: list[str]) -> str | None:
    with tempfile.TemporaryDirectory(prefix="transcoder-probe-") as empty:
        os.chown(empty, SANDBOX_UID, SANDBOX_UID)
        drop = [setpriv, f"--reuid={SANDBOX_UID}", f"--regid={SANDBOX_UID}", "--clear-groups", "--"]
        probe = subprocess.run(
            [*drop, bwrap, *_bwrap_arguments(Path(empty), (), None, {}), "--", "/bin/true"],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            check=False,
        )
    if probe.returncode != 0:
        reasons.append(f"bwrap cannot create namespaces: {probe.stderr.decode(errors='replace').strip()}")
        return None
    return bwrap


def _bwrap_arguments(
    workdir: Path,
    readonly: Sequence[str],
    scratch_tmp: Path | None,
    cgroup_binds: Mapping[str, Path],
) -> list[str]:
    arguments = ["--unshare-all", "--die-with-parent", "--new-session"]
    arguments += ["--uid", str(SANDBOX_UID), "--gid", str(SANDBOX_UID)]
    # Mounts apply in order: the private /tmp first, so that read-only binds under /tmp (a cache
    # directory there) land on top of it rather than being hidden by it. /tmp is the working
    # directory's sibling when it has one, so that it counts against the same disk quota.
    arguments += ["--proc", "/proc", "--dev", "/dev"]
    arguments += ["--bind", str(scratch_tmp), "/tmp"] if scratch_tmp is not None else ["--tmpfs", "/tmp"]
    for path in dict.fromkeys((*_SYSTEM_READONLY, *readonly)):
        if os.path.exists(path):
            arguments += ["--ro-bind", path, path]
    for target, link in _SYSTEM_SYMLINKS:
        if os.path.islink(link) or not os.path.exists(link):
            arguments += ["--symlink", target, link]
        else:
            arguments += ["--ro-bind", link, link]
    for controller, directory in cgroup_binds.items():
        arguments += ["--bind", str(directory), f"{SANDBOX_CGROUPS}/{controller}"]
    arguments += ["--bind", str(workdir), SANDBOX_WORKDIR, "--chdir", SANDBOX_WORKDIR]
    return arguments


# --- Working directories -------------------------------------------------------------------------
# Each is ``<tmp>/transcoder-run-<pid>-<random>/work`` (shown as /sandbox), with ``tmp`` beside it
# (shown as /tmp). With root the parent is a tmpfs of its own, sized before every command to what
# it already holds plus the command's ``disk_mb``: that is the disk quota. The parent belongs to
# root, so the sandbox user can neither rename nor replace ``work`` and ``tmp``.

WORKDIR_PREFIX = "transcoder-run-"
_MS_NOSUID, _MS_NODEV, _MS_REMOUNT, _MNT_DETACH = 2, 4, 32, 2
_QUOTA_INODES = 16384
_DISK_FULL_BYTES = 64 << 10  # less free than this after a run: the program filled its quota
_quota_roots: set[Path] = set()
_quota_lock = threading.Lock()


@cache
def _libc() -> ctypes.CDLL:
    return ctypes.CDLL(None, use_errno=True)


def _mount_tmpfs(path: Path, size_bytes: int, *, remount: bool = False) -> None:
    flags = _MS_NOSUID | _MS_NODEV | (_MS_REMOUNT if remount else 0)
    options = f"size={size_bytes},nr_inodes={_QUOTA_INODES},mode=0755,uid=0,gid=0".encode()
    source, kind = (None, None) if remount else (b"tmpfs", b"tmpfs")
    if _libc().mount(source, str(path).encode(), kind, flags, options) != 0:
        error = ctypes.get_errno()
        raise OSError(error, f"cannot mount a tmpfs on {path}: {os.strerror(error)}")


def _unmount(path: Path) -> None:
    _libc().umount2(str(path).encode(), _MNT_DETACH)


def _tmpfs_works() -> bool:
    probe = Path(tempfile.mkdtemp(prefix="transcoder-probe-"))
    try:
        _mount_tmpfs(probe, 1 << 20)
        _unmount(probe)
        return True
    except OSError:
        return False
    finally:
        with contextlib.suppress(OSError):
            probe.rmdir()


def make_workdir(prefix: str = WORKDIR_PREFIX) -> Path:
    """A private working directory the sandbox user may write to (``.parent / "tmp"`` is its /tmp)."""
    found = capabilities()
    root = Path(tempfile.mkdtemp(prefix=f"{WORKDIR_PREFIX}{os.getpid()}-"))
    if found.disk_quota:
        try:
            _mount_tmpfs(root, 1 << 30)  # resized before each command (see _size_quota)
            with _quota_lock:
                _quota_roots.add(root)
        except OSError:
            pass
    root.chmod(0o755)
    for name in ("work", "tmp"):
        (root / name).mkdir(mode=0o755)
        if found.full:
            os.chown(root / name, SANDBOX_UID, SANDBOX_UID)
    return root / "work"


def remove_workdir(path: Path) -> None:
    """Remove a working directory made by ``make_workdir`` (unmount its quota, follow no link)."""
    root = path.parent
    with _quota_lock:
        mounted = root in _quota_roots
        _quota_roots.discard(root)
    if mounted:
        _unmount(root)
    shutil.rmtree(root, ignore_errors=True)  # fd-based: never follows a link out of the tree


@contextlib.contextmanager
def workdir(prefix: str = WORKDIR_PREFIX) -> Iterator[Path]:
    path = make_workdir(prefix)
    try:
        yield path
    finally:
        remove_workdir(path)


def remove_stale_workdirs() -> int:
    """Remove working directories (and their quota mounts) left by runs that were killed: those
    whose owning process no longer exists. Returns how many were removed."""
    removed = 0
    pattern = re.compile(rf"{re.escape(WORKDIR_PREFIX)}(\d+)-")
    with contextlib.suppress(OSError):
        for entry in os.scandir(tempfile.gettempdir()):
            match = pattern.match(entry.name)
            if match is None or not entry.is_dir(follow_symlinks=False) or _alive(int(match.group(1))):
                continue
            path = Path(entry.path)
            if os.path.ismount(path):
                _unmount(path)
            shutil.rmtree(path, ignore_errors=True)
            removed += 1
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _size_quota(workdir: Path, limits: Limits) -> Path | None:
    """Give the command ``limits.disk_mb`` of free space in its quota; returns the quota's root."""
    root = workdir.parent
    with _quota_lock:
        if root not in _quota_roots:
            return None
    usage = os.statvfs(root)
    used = (usage.f_blocks - usage.f_bfree) * usage.f_frsize
    _mount_tmpfs(root, used + limits.file_size_bytes, remount=True)
    return root


def _quota_full(root: Path) -> bool:
    usage = os.statvfs(root)
    return usage.f_bavail * usage.f_frsize < _DISK_FULL_BYTES or usage.f_favail < 8


def give_to_sandbox(path: Path) -> None:
    """Let the sandbox user write ``path`` (files we create in its working directory); never
    follows a link."""
    if capabilities().full:
        for root, directories, files in os.walk(path):
            os.chown(root, SANDBOX_UID, SANDBOX_UID, follow_symlinks=False)
            for name in (*directories, *files):
                os.chown(os.path.join(root, name), SANDBOX_UID, SANDBOX_UID, follow_symlinks=False)


_BASE_ENVIRONMENT = {
    "PATH": "/usr/local/bin:/usr/bin:/bin",
    "LANG": "C.UTF-8",
    "LC_ALL": "C.UTF-8",
    "HOME": SANDBOX_WORKDIR,
    "TMPDIR": "/tmp",
}


@dataclass(frozen=True, slots=True)
class BatchSetup:
    """What a batch server needs beyond a plain command: one cgroup per program with that program's
    limits (full sandbox only), shown to the server at ``/transcoder-cgroups/<controller>``."""

    program_cgroups: Mapping[str, Limits] = field(default_factory=dict)  # child cgroup name -> limits


def execute(
    argv: Sequence[str],
    *,
    workdir: Path,
    limits: Limits,
    readonly: Sequence[str] = (),
    environment: Mapping[str, str] | None = None,
    stdin_data: bytes | None = None,
    isolation: Capabilities | None = None,
    on_stdout: Callable[[bytes], None] | None = None,
    batch: BatchSetup | None = None,
) -> ExecResult:
    """Run ``argv`` (paths as seen inside the sandbox, working directory ``SANDBOX_WORKDIR``)
    in the sandbox with ``workdir`` as its private writable directory; ``readonly`` adds host paths
    visible read-only at the same place. Standard input is ``/dev/null`` unless ``stdin_data``
    gives its bytes (from an anonymous file: no path the sandbox could touch). ``on_stdout`` sees
    standard output as it arrives. ``isolation`` overrides what ``capabilities()`` found (tests of
    the degraded mode use it)."""
    found = isolation if isolation is not None else capabilities()
    env = {**_BASE_ENVIRONMENT, **(environment or {})}
    batch = batch or BatchSetup()
    rlimits = [
        # SIGXCPU at the soft limit (classified as timeout), SIGKILL a second later if ignored.
        f"--cpu={limits.cpu_limit_seconds}:{limits.cpu_limit_seconds + 1}",
        "--core=0",
        f"--fsize={limits.file_size_bytes}",
    ]
    scratch_tmp = (
        workdir.parent / "tmp" if (workdir.parent / "tmp").is_dir() and workdir.name == "work" else None
    )
    try:
        quota_root = _size_quota(workdir, limits)
    except OSError as error:
        return ExecResult(None, None, b"", b"", 0.0, sandbox_error=f"cannot size the disk quota: {error}")
    cgroup: RunCgroup | None = None
    if found.full:
        assert found.bwrap and found.setpriv
        try:
            cgroup = RunCgroup(found.cgroups, limits, batch.program_cgroups, SANDBOX_UID)
        except OSError as error:
            return ExecResult(
                None, None, b"", b"", 0.0, sandbox_error=f"cannot make the run's cgroup: {error}"
            )
        binds = cgroup.directories if batch.program_cgroups else {}
        command = [
            "/bin/sh", "-c", _JOIN_CGROUPS_AND_EXEC, "sh", str(len(cgroup.procs_files)), *cgroup.procs_files,
            "prlimit", *rlimits, "--",
            found.setpriv, f"--reuid={SANDBOX_UID}", f"--regid={SANDBOX_UID}", "--clear-groups", "--",
            found.bwrap, *_bwrap_arguments(workdir, readonly, scratch_tmp, binds),
            "--", *argv,
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
        if scratch_tmp is not None:
            env["TMPDIR"] = str(scratch_tmp)
    try:
        result = _supervise(command, cwd=cwd, env=env, limits=limits, cgroup=cgroup, stdin_data=stdin_data,
                            on_stdout=on_stdout)  # fmt: skip
    finally:
        if cgroup is not None:
            cgroup.kill_all()
            cgroup.remove()
    if quota_root is not None and result.sandbox_error is None and _quota_full(quota_root):
        result = replace(result, disk_exceeded=True)
    return result


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


def _stdin_file(data: bytes | None) -> int | IO[bytes]:
    """Standard input for the command: /dev/null, or an unnamed temporary file holding ``data``."""
    if data is None:
        return subprocess.DEVNULL
    handle = tempfile.TemporaryFile()  # noqa: SIM115 - closed by _supervise
    handle.write(data)
    handle.seek(0)
    return handle


@dataclass
class _Captured:
    """A command's output as read, and which limit stopped it."""

    chunks: dict[int, list[bytes]] = field(default_factory=lambda: {1: [], 2: []})
    timed_out: bool = False
    output_exceeded: bool = False


def _supervise(
    command: list[str],
    *,
    cwd: str,
    env: dict[str, str],
    limits: Limits,
    cgroup: RunCgroup | None,
    stdin_data: bytes | None,
    on_stdout: Callable[[bytes], None] | None,
) -> ExecResult:
    start = time.monotonic()
    stdin = _stdin_file(stdin_data)
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
        if not isinstance(stdin, int):  # the temporary file, not DEVNULL
            stdin.close()

    def kill_everything() -> None:
        if cgroup is not None:
            cgroup.kill_all(spare=process.pid)
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=1)  # bwrap exits once its children are gone
            cgroup.kill_all()
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)

    assert process.stdout is not None and process.stderr is not None
    try:
        captured = _capture(
            process, start + limits.wall_seconds, limits.max_output_bytes, kill_everything, on_stdout
        )
    finally:
        kill_everything()
        process.stdout.close()
        process.stderr.close()
        returncode = process.wait()
    return _result(returncode, captured, time.monotonic() - start, cgroup)


def _capture(
    process: subprocess.Popen[bytes],
    deadline: float,
    cap: int,
    kill_everything: Callable[[], None],
    on_stdout: Callable[[bytes], None] | None,
) -> _Captured:
    """Read stdout and stderr as they come until both close, the deadline passes or they exceed the
    cap together; whatever the program leaves running dies when it ends."""
    captured = _Captured()
    total = 0
    selector = selectors.DefaultSelector()
    assert process.stdout is not None and process.stderr is not None
    selector.register(process.stdout, selectors.EVENT_READ, 1)
    selector.register(process.stderr, selectors.EVENT_READ, 2)
    exited_at: float | None = None
    try:
        while selector.get_map() and not captured.output_exceeded:
            now = time.monotonic()
            if exited_at is None and process.poll() is not None:
                exited_at = now
                kill_everything()  # what the program left running dies with it (and closes our pipes)
            if exited_at is not None and now - exited_at > 1.0:
                break  # a descendant we cannot kill holds the pipe (degraded mode only)
            if now >= deadline:
                captured.timed_out = True
                kill_everything()
                break
            for key, _ in selector.select(timeout=min(0.1, deadline - now)):
                data = os.read(key.fd, 65536)
                if not data:
                    selector.unregister(key.fileobj)
                    continue
                total += len(data)
                if total > cap:
                    captured.output_exceeded = True
                    data = data[: max(len(data) - (total - cap), 0)]
                captured.chunks[key.data].append(data)
                if on_stdout is not None and key.data == 1 and data:
                    on_stdout(data)
                if captured.output_exceeded:
                    kill_everything()
                    break
    finally:
        selector.close()
    return captured


def _result(returncode: int, captured: _Captured, seconds: float, cgroup: RunCgroup | None) -> ExecResult:
    exit_code: int | None = returncode
    signal_number: int | None = None
    if returncode < 0:
        exit_code, signal_number = None, -returncode
    elif cgroup is not None and returncode > 128 and returncode - 128 < signal.NSIG:
        # bwrap reports a child killed by signal N as exit status 128 + N.
        exit_code, signal_number = None, returncode - 128
    stdout, stderr = b"".join(captured.chunks[1]), b"".join(captured.chunks[2])
    if cgroup is not None and returncode == 125 and not stdout:
        message = stderr.decode(errors="replace").strip()
        return ExecResult(None, None, b"", b"", seconds, sandbox_error=f"cannot join cgroup: {message}")
    return ExecResult(
        exit_code,
        signal_number,
        stdout,
        stderr,
        seconds,
        timed_out=captured.timed_out,
        memory_exceeded=cgroup.out_of_memory() if cgroup is not None else False,
        output_exceeded=captured.output_exceeded,
    )
