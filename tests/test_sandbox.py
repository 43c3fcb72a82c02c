"""The sandbox against deliberately hostile programs: each is contained, classified, and leaves
nothing running. Containment checks that need root, bwrap and cgroups skip elsewhere."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from transcoder.verify.runners import Limits, RunStatus, run_program
from transcoder.verify.sandbox import Capabilities, capabilities, execute, workdir

FULL = capabilities().full
needs_full_sandbox = pytest.mark.skipif(
    not FULL, reason=f"needs root, bwrap and cgroup v1: sandbox here is {capabilities().describe()}"
)
SHORT = Limits(wall_seconds=3, memory_mb=256, max_processes=32, max_output_bytes=64 * 1024)


def leftover_cgroups() -> list[Path]:
    """Per-run cgroups of this process that still exist (a run must remove its own)."""
    return [
        path for parent in capabilities().cgroups.values() for path in parent.glob(f"run-{os.getpid()}-*")
    ]


def processes_with_argument(argument: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if argument.encode() in (entry / "cmdline").read_bytes().split(b"\0"):
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


@pytest.fixture(autouse=True)
def nothing_left_behind():
    yield
    assert leftover_cgroups() == []


def test_ok_program_output_and_exit_code():
    result = run_program("python", "import sys\nprint('out')\nprint('err', file=sys.stderr)\n", limits=SHORT)
    assert result.status is RunStatus.OK
    assert (result.stdout, result.stderr, result.exit_code) == ("out\n", "err\n", 0)


def test_infinite_loop_times_out():
    start = time.monotonic()
    result = run_program("python", "while True:\n    pass\n", limits=SHORT.scaled(1.5))
    assert result.status is RunStatus.TIMEOUT
    assert time.monotonic() - start < 10


def test_cpu_limit_stops_a_busy_program_before_the_wall_limit():
    limits = Limits(wall_seconds=20, cpu_seconds=1, memory_mb=256)
    result = run_program("python", "while True:\n    pass\n", limits=limits)
    assert result.status is RunStatus.TIMEOUT
    assert result.seconds < 10


def test_output_flood_is_cut_and_classified():
    result = run_program("python", "while True:\n    print('y' * 1000)\n", limits=SHORT)
    assert result.status is RunStatus.OUTPUT_LIMIT
    assert len(result.stdout) + len(result.stderr) <= SHORT.max_output_bytes


def test_reading_stdin_gets_end_of_file():
    result = run_program("python", "import sys\nprint(repr(sys.stdin.read()))\n", limits=SHORT)
    assert result.status is RunStatus.OK
    assert result.stdout == "''\n"


def test_stdin_text_is_passed():
    result = run_program("python", "print(input()[::-1])\n", stdin="abc\n", limits=SHORT)
    assert result.stdout == "cba\n"


@needs_full_sandbox
def test_memory_hog_hits_the_memory_limit():
    result = run_program(
        "python", "blocks = []\nwhile True:\n    blocks.append(bytearray(10**7))\n", limits=SHORT
    )
    assert result.status is RunStatus.MEMORY_LIMIT


@needs_full_sandbox
def test_fork_bomb_is_capped_and_cleaned_up():
    bomb = "import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass\n"
    result = run_program("python", bomb, limits=SHORT.scaled(2))
    assert result.status in (RunStatus.TIMEOUT, RunStatus.KILLED)
    assert leftover_cgroups() == []


@needs_full_sandbox
def test_network_is_unreachable():
    program = (
        "import socket\n"
        "try:\n"
        "    socket.create_connection(('1.1.1.1', 53), timeout=2)\n"
        "    print('connected')\n"
        "except OSError as error:\n"
        "    print('blocked', error.errno)\n"
    )
    result = run_program("python", program, limits=SHORT)
    assert result.status is RunStatus.OK
    assert result.stdout.startswith("blocked")


def test_children_left_sleeping_are_killed():
    marker = "987.654"
    program = f"import subprocess\nsubprocess.Popen(['sleep', '{marker}'])\nprint('started')\n"
    result = run_program("python", program, limits=SHORT)
    assert result.status is RunStatus.OK
    time.sleep(0.2)
    assert processes_with_argument(marker) == []


@needs_full_sandbox
def test_detached_children_are_killed_too():
    marker = "876.543"
    program = (
        "import os, subprocess\n"
        f"subprocess.Popen(['sleep', '{marker}'], start_new_session=True)\n"
        "print('started')\n"
    )
    run_program("python", program, limits=SHORT)
    time.sleep(0.2)
    assert processes_with_argument(marker) == []


@needs_full_sandbox
def test_runs_as_an_unprivileged_user_that_cannot_read_secrets_or_write_the_system():
    program = (
        "import os\n"
        "print(os.getuid(), os.getgid())\n"
        "for path in ('/etc/shadow', '/root/.bashrc'):\n"
        "    try:\n"
        "        open(path).read()\n"
        "        print('read', path)\n"
        "    except OSError:\n"
        "        print('denied')\n"
        "try:\n"
        "    open('/usr/transcoder-sandbox-test', 'w')\n"
        "    print('wrote')\n"
        "except OSError:\n"
        "    print('denied')\n"
        "open('scratch.txt', 'w').write('ok')\n"
        "print(open('scratch.txt').read())\n"
    )
    result = run_program("python", program, limits=SHORT)
    assert result.stdout.split("\n")[:5] == ["65534 65534", "denied", "denied", "denied", "ok"]
    assert not Path("/usr/transcoder-sandbox-test").exists()


@needs_full_sandbox
def test_private_tmp_and_working_directory():
    with workdir() as first, workdir() as second:
        execute(["/bin/sh", "-c", "echo secret > /tmp/shared; echo mine > file"], workdir=first, limits=SHORT)
        seen = execute(["/bin/sh", "-c", "cat /tmp/shared; ls"], workdir=second, limits=SHORT)
        assert seen.stdout == b""
        assert (first / "file").read_text() == "mine\n"


def test_runtime_error_and_signal_are_classified():
    crash = run_program("python", "import os, signal\nos.kill(os.getpid(), signal.SIGSEGV)\n", limits=SHORT)
    assert crash.status is RunStatus.RUNTIME_ERROR
    assert crash.exit_code is None
    failure = run_program("python", "raise SystemExit(3)\n", limits=SHORT)
    assert (failure.status, failure.exit_code) == (RunStatus.RUNTIME_ERROR, 3)


DEGRADED = Capabilities(bwrap=None, setpriv=None, cgroups={}, reason="forced by the test")


def test_degraded_mode_still_limits_time_output_and_leftover_children():
    with workdir() as directory:
        loop = execute(
            ["python3", "-c", "while True: pass"],
            workdir=directory,
            limits=SHORT.scaled(1),
            isolation=DEGRADED,
        )
        assert loop.status() is RunStatus.TIMEOUT
        flood = execute(
            ["python3", "-c", "while True: print('y' * 999)"],
            workdir=directory,
            limits=SHORT,
            isolation=DEGRADED,
        )
        assert flood.status() is RunStatus.OUTPUT_LIMIT
        marker = "765.432"
        program = f"import subprocess; subprocess.Popen(['sleep', '{marker}']); print('ok')"
        left = execute(["python3", "-c", program], workdir=directory, limits=SHORT, isolation=DEGRADED)
        assert (left.status(), left.stdout) == (RunStatus.OK, b"ok\n")
        time.sleep(0.2)
        assert processes_with_argument(marker) == []
        written = execute(
            ["/bin/sh", "-c", "echo hi > /sandbox/out"], workdir=directory, limits=SHORT, isolation=DEGRADED
        )
        assert written.status() is RunStatus.OK
        assert (directory / "out").read_text() == "hi\n"  # the sandbox path maps onto the real directory


@needs_full_sandbox
def test_readonly_paths_under_tmp_are_visible_and_read_only():
    # bwrap binds as uid 65534, so the shared directory must be reachable by that user.
    shared = Path(tempfile.mkdtemp(prefix="transcoder-test-shared-"))
    try:
        shared.chmod(0o755)
        (shared / "data.txt").write_text("visible\n")
        (shared / "data.txt").chmod(0o644)
        with workdir() as directory:
            argv = ["/bin/sh", "-c", f"cat {shared}/data.txt; echo x > {shared}/new || echo refused"]
            result = execute(argv, workdir=directory, limits=SHORT, readonly=[str(shared)])
        assert result.stdout.decode().splitlines() == ["visible", "refused"]
        assert not (shared / "new").exists()
    finally:
        shutil.rmtree(shared)


@needs_full_sandbox
def test_disk_is_bounded_by_a_quota_and_classified():
    if not capabilities().disk_quota:
        pytest.skip("no tmpfs quota here (needs root)")
    limits = Limits(wall_seconds=10, disk_mb=32)
    for where in ("/sandbox/big", "/tmp/big"):
        with workdir() as directory:
            result = execute(
                ["/bin/sh", "-c", f"head -c 200000000 /dev/zero > {where}; echo written"],
                workdir=directory,
                limits=limits,
            )
            assert result.status() is RunStatus.DISK_LIMIT, (where, result)
            assert os.statvfs(directory).f_blocks * os.statvfs(directory).f_frsize < 64 << 20
        assert not directory.parent.exists()  # the quota is unmounted and the directory removed


def test_removing_a_working_directory_never_follows_a_link_out_of_it(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "keep.txt").write_text("keep")
    with workdir() as directory:
        (directory / "escape").symlink_to(outside)
        (directory / "file-link").symlink_to(outside / "keep.txt")
        os.mkfifo(directory / "fifo")
    assert (outside / "keep.txt").read_text() == "keep"


def test_working_directories_of_killed_runs_are_removed_at_the_next_start():
    from transcoder.verify.sandbox import WORKDIR_PREFIX, remove_stale_workdirs

    dead = subprocess.Popen(["true"])
    dead.wait()
    stale = Path(tempfile.gettempdir()) / f"{WORKDIR_PREFIX}{dead.pid}-test"
    (stale / "work").mkdir(parents=True)
    (stale / "work" / "left.txt").write_text("left by a killed run")
    with workdir() as mine:  # ours: its owner (this process) is alive
        assert remove_stale_workdirs() >= 1
        assert not stale.exists()
        assert mine.exists()


@needs_full_sandbox
def test_a_sandboxed_program_cannot_touch_the_batch_server_or_its_cgroup_limits():
    """The per-program cgroups are shown to the batch, but only their membership is writable."""
    from transcoder.verify.runners import run_programs

    program = (
        "import glob\n"
        "for path in glob.glob('/transcoder-cgroups/*/p*/*.max') + glob.glob('/transcoder-cgroups/*/p*/memory.limit_in_bytes'):\n"
        "    try:\n"
        "        open(path, 'w').write('max')\n"
        "        print('changed', path)\n"
        "    except OSError:\n"
        "        pass\n"
        "print('done')\n"
    )
    results = run_programs("python", [program, "print('next')\n"], limits=SHORT, jobs=1)
    assert [r.stdout for r in results] == ["done\n", "next\n"]


def test_java_batch_gives_up_unparsable_and_blamed_programs_to_lone_runs():
    """A source tree-sitter cannot parse is built alone from the start; one that parses but does
    not type-check is blamed by the batch's javac; both get the lone build's compile error, and
    the rest of the batch still runs (and reports each verdict once)."""
    from transcoder.verify.runners import run_programs

    ok = "public class {0} {{ public static void main(String[] a) {{ System.out.println({1}); }} }}\n"
    sources = [
        ok.format("One", 1),
        "public class Unparsable { public static void main(String[] a) { int x = ; } }\n",
        ok.format("Two", 2),
        'public class Mistyped { public static void main(String[] a) { int x = "no"; } }\n',
        ok.format("Three", 3),
    ]
    reported: list[int] = []
    results = run_programs("java", sources, jobs=2, report=lambda index, _result: reported.append(index))
    assert [r.status for r in results] == [
        RunStatus.OK,
        RunStatus.COMPILE_ERROR,
        RunStatus.OK,
        RunStatus.COMPILE_ERROR,
        RunStatus.OK,
    ]
    assert [results[i].stdout for i in (0, 2, 4)] == ["1\n", "2\n", "3\n"]
    assert "incompatible types" in results[3].stderr
    assert sorted(reported) == [0, 1, 2, 3, 4]
