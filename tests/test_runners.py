"""Building and running real C++, Java and Python programs, alone and in batches: a batch must give
what lone runs give, whatever breaks inside it."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from transcoder.verify.runners import Limits, RunStatus, run_program, run_programs

LIMITS = Limits(wall_seconds=10, memory_mb=512)

CPP_OK = '#include <bits/stdc++.h>\nusing namespace std;\nint main() {{ cout << "#Results: {0}, {0}" << endl; return 0; }}\n'
CPP_MACRO = "#include <bits/stdc++.h>\n#define N 7\nusing namespace std;\nint main() { cout << N << endl; return 0; }\n"
CPP_USES_N = "#include <bits/stdc++.h>\nusing namespace std;\nint N = 3;\nint main() { cout << N << endl; }\n"
CPP_BROKEN = "#include <bits/stdc++.h>\nint main() { int x = ; return 0; }\n"
CPP_CRASH = "#include <bits/stdc++.h>\nint main() { int *p = nullptr; *p = 1; return 0; }\n"
CPP_EXIT_3 = "#include <bits/stdc++.h>\nint main(int argc, char** argv) { return argc + 2; }\n"
CPP_NO_STDCXX = '#include <cstdio>\nint main() { std::printf("plain\\n"); }\n'

JAVA_OK = (
    "import java.util.*;\nimport javafx.util.Pair;\n"
    "public class {0} {{\n"
    "  public static void main(String[] args) {{\n"
    '    Pair<Integer, String> p = new Pair<>({1}, "v");\n'
    '    System.out.println(p.getKey() + " " + p.getValue() + " " + p + " " + p.equals(new Pair<>({1}, "v")));\n'
    "  }}\n}}\n"
)
JAVA_BROKEN = "public class Broken { public static void main(String[] a) { int x = ; } }\n"
JAVA_THROWS = (
    'public class Throws { public static void main(String[] a) { throw new IllegalStateException("no"); } }\n'
)
JAVA_EXITS = 'public class Exits { public static void main(String[] a) { System.out.println("bye"); System.exit(4); } }\n'
JAVA_LOOPS = "public class Loops { public static void main(String[] a) { while (true) {} } }\n"


@pytest.mark.parametrize(
    ("language", "source", "status", "stdout"),
    [
        ("cpp", CPP_OK.format(3), RunStatus.OK, "#Results: 3, 3\n"),
        ("cpp", CPP_NO_STDCXX, RunStatus.OK, "plain\n"),
        ("cpp", CPP_BROKEN, RunStatus.COMPILE_ERROR, ""),
        ("cpp", CPP_CRASH, RunStatus.RUNTIME_ERROR, ""),
        ("java", JAVA_OK.format("Ok", 5), RunStatus.OK, "5 v 5=v true\n"),
        ("java", JAVA_BROKEN, RunStatus.COMPILE_ERROR, ""),
        ("java", JAVA_THROWS, RunStatus.RUNTIME_ERROR, ""),
        ("python", "print('#Results: 1, 1')\n", RunStatus.OK, "#Results: 1, 1\n"),
        ("python", "def f(:\n", RunStatus.RUNTIME_ERROR, ""),
        ("python", "print(1 // 0)\n", RunStatus.RUNTIME_ERROR, ""),
    ],
)
def test_single_runs(language, source, status, stdout):
    result = run_program(language, source, limits=LIMITS)
    assert result.status is status, result.stderr
    assert result.stdout == stdout


def test_compile_error_carries_the_compiler_message():
    result = run_program("cpp", CPP_BROKEN, limits=LIMITS)
    assert "expected primary-expression" in result.stderr
    result = run_program("java", JAVA_BROKEN, limits=LIMITS)
    assert "illegal start of expression" in result.stderr


def test_java_exception_exit_code_and_trace():
    result = run_program("java", JAVA_THROWS, limits=LIMITS)
    assert result.exit_code == 1
    assert "java.lang.IllegalStateException: no" in result.stderr


def test_cpp_batch_matches_single_runs_despite_broken_and_clashing_programs():
    sources = [CPP_OK.format(i) for i in range(5)] + [
        CPP_MACRO,
        CPP_USES_N,
        CPP_BROKEN,
        CPP_CRASH,
        CPP_EXIT_3,
    ]
    batched = run_programs("cpp", sources, limits=LIMITS, jobs=2)
    assert [r.stdout for r in batched[:5]] == [f"#Results: {i}, {i}\n" for i in range(5)]
    assert (batched[5].stdout, batched[6].stdout) == ("7\n", "3\n")  # a macro must not leak
    assert batched[7].status is RunStatus.COMPILE_ERROR
    assert "expected primary-expression" in batched[7].stderr
    assert batched[8].status is RunStatus.RUNTIME_ERROR
    assert (batched[9].status, batched[9].exit_code) == (RunStatus.RUNTIME_ERROR, 3)


def test_java_batch_survives_compile_errors_exit_and_timeouts():
    sources = [
        JAVA_OK.format("First", 1),
        JAVA_BROKEN,
        JAVA_EXITS,
        JAVA_OK.format("Second", 2),
        JAVA_THROWS,
        JAVA_LOOPS,
        JAVA_OK.format("Third", 3),
        JAVA_OK.format("First", 9),  # the same class name twice must not share a compile
    ]
    limits = [LIMITS] * 5 + [LIMITS.scaled(2)] + [LIMITS] * 2
    results = run_programs("java", sources, limits=limits, jobs=2)
    assert [r.status for r in results] == [
        RunStatus.OK,
        RunStatus.COMPILE_ERROR,
        RunStatus.RUNTIME_ERROR,
        RunStatus.OK,
        RunStatus.RUNTIME_ERROR,
        RunStatus.TIMEOUT,
        RunStatus.OK,
        RunStatus.OK,
    ]
    assert (results[2].stdout, results[2].exit_code) == ("bye\n", 4)
    assert [results[i].stdout.split()[0] for i in (0, 3, 6, 7)] == ["1", "2", "3", "9"]
    assert "IllegalStateException" in results[4].stderr


def test_python_batch_matches_single_runs():
    sources = [f"print({i} * {i})\n" for i in range(20)] + [
        "import sys\nsys.exit(5)\n",
        "raise KeyError('k')\n",
        "while True:\n    pass\n",
        "import os\nos._exit(0)\n",
    ]
    limits = [LIMITS] * 22 + [LIMITS.scaled(1.5)] + [LIMITS]
    results = run_programs("python", sources, limits=limits, jobs=2)
    assert [r.stdout for r in results[:20]] == [f"{i * i}\n" for i in range(20)]
    assert (results[20].status, results[20].exit_code) == (RunStatus.RUNTIME_ERROR, 5)
    assert results[21].status is RunStatus.RUNTIME_ERROR
    assert "KeyError: 'k'" in results[21].stderr
    assert results[22].status is RunStatus.TIMEOUT
    assert (results[23].status, results[23].stdout) == (RunStatus.OK, "")


def test_limits_per_program_must_match_the_sources():
    with pytest.raises(ValueError):
        run_programs("python", ["print(1)", "print(2)"], limits=[LIMITS])


DEGRADED_CHECK = """
import json, warnings
warnings.simplefilter("ignore")
from transcoder.verify.runners import Limits, run_program, run_programs
from transcoder.verify.sandbox import capabilities
limits = Limits(wall_seconds=20, memory_mb=512)
programs = {
    "cpp": ['#include <bits/stdc++.h>\\nint main() { std::cout << 6 * 7 << std::endl; }\\n',
            '#include <bits/stdc++.h>\\nint main() { return 3; }\\n'],
    "java": ['public class A { public static void main(String[] a) { System.out.println(6 * 7); } }\\n',
             'public class B { public static void main(String[] a) { System.exit(3); } }\\n'],
    "python": ['print(6 * 7)\\n', 'raise SystemExit(3)\\n'],
}
out = {"mode": capabilities().describe()}
for language, sources in programs.items():
    single = run_program(language, sources[0], limits=limits)
    batch = run_programs(language, sources, limits=limits, jobs=2)
    out[language] = [single.stdout, *[(r.status.value, r.exit_code, r.stdout) for r in batch]]
print(json.dumps(out))
"""


def test_degraded_sandbox_still_builds_and_runs_every_language():
    from transcoder.verify.toolchain import cache_root

    environment = {**os.environ, "TRANSCODER_SANDBOX": "rlimits", "TRANSCODER_CACHE": str(cache_root())}
    done = subprocess.run(
        [sys.executable, "-c", DEGRADED_CHECK], env=environment, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["mode"].startswith("rlimits + process group only")
    for language in ("cpp", "java", "python"):
        assert result[language] == ["42\n", ["ok", 0, "42\n"], ["runtime_error", 3, ""]], language


def test_batch_frames_are_parsed_strictly():
    """The host reads a batch server's answer as untrusted text: frames in manifest order, this
    server's nonce, lengths within the cap; anything else ends the answer there."""
    from transcoder.verify.batching import Entry, FrameParser

    entries = [Entry(3, "p3", Limits(max_output_bytes=10)), Entry(5, "p5", Limits(max_output_bytes=10))]

    def parse(*chunks: bytes) -> tuple[dict, bool]:
        seen: list[int] = []
        parser = FrameParser("n0nce", entries, lambda index, frame: seen.append(index))
        for chunk in chunks:
            parser.feed(chunk)
        assert seen == list(parser.frames)
        return {i: (f.result.status.value, f.result.stdout, f.confirm) for i, f in parser.frames.items()}, parser.broken

    good = b"n0nce 3 0 - 0.01 ok 0 3 0\nhi\nn0nce 5 1 - 0.02 ok 1 0 2\nE\n"
    assert parse(good) == ({3: ("ok", "hi\n", False), 5: ("runtime_error", "", True)}, False)
    assert parse(*(good[i : i + 1] for i in range(len(good))))[0] == parse(good)[0]  # byte by byte
    assert parse(b"forged 3 0 - 0.01 ok 0 0 0\n") == ({}, True)  # another nonce
    assert parse(b"n0nce 5 0 - 0.01 ok 0 0 0\n") == ({}, True)  # out of order
    assert parse(b"n0nce 3 0 - 0.01 ok 0 99 0\n") == ({}, True)  # more than the cap
    assert parse(b"n0nce 3 0 - 0.01 pwned 0 0 0\n") == ({}, True)  # unknown flag
    assert parse(b"n0nce 3 x - 0.01 ok 0 0 0\n") == ({}, True)
    assert parse(b"x" * 300) == ({}, True)  # no header line within 256 bytes
    assert parse(good + b"n0nce 3 0 - 0.01 ok 0 0 0\n")[0] == parse(good)[0]  # nothing after the last
    assert parse(b"n0nce 3 0 - 0.01 ok 0 6 5\n0123456789A")[0] == {3: ("output_limit", "012345", False)}
