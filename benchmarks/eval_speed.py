"""How long the gold evaluation of the GfG valid split takes: the fast path against the naive way.

Fast path: `transcoder eval BENCH --source X --target Y --engine gold --no-cache` for all six
directions among cpp, java and python (batched builds, warm JVM and Python fork server, all in the
sandbox). Naive way: the same items, each filled target script built and run on its own in the
sandbox — one `g++` on `bits/stdc++.h` without a precompiled header, one `javac` and one JVM, one
`python3` per program — `--jobs` at a time. The naive way may run on a sample of items per
direction and be extrapolated to the whole direction; the output says so.

    .venv/bin/python benchmarks/eval_speed.py ../shared/benchmarks/transcoder-gfg/valid --naive-sample 12

Before and after in one go: ``--against OTHER_CHECKOUT --skip-naive --repeat 2`` (``--against`` repeatable) runs the other
checkout's own copy of this script (its ``src`` first on the path) and this one alternately, so both
see the same load; compare the CPU seconds (a cgroup's own count, little moved by other jobs).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from transcoder.bench import harness
from transcoder.bench.gfg import fill, gold_function, load_tasks, parse_results
from transcoder.datasets import resolve_benchmark
from transcoder.languages import get_language
from transcoder.verify.runners import decode
from transcoder.verify.sandbox import Limits, RunStatus, execute, give_to_sandbox, workdir
from transcoder.verify.toolchain import BUILD_LIMITS

DIRECTIONS = [(s, t) for s in ("cpp", "java", "python") for t in ("cpp", "java", "python") if s != t]
RUN_LIMITS = Limits(wall_seconds=20)


class CpuMeter:
    """CPU seconds used by this process and everything it starts (sandboxed programs included),
    from a cgroup v1 cpuacct group of our own: a figure the machine's other load does not inflate."""

    def __init__(self) -> None:
        self.group: Path | None = None
        base = Path("/sys/fs/cgroup/cpuacct")
        try:
            own = next(
                line.split(":", 2)[2]
                for line in Path("/proc/self/cgroup").read_text().splitlines()
                if "cpuacct" in line.split(":", 2)[1].split(",")
            )
            self.parent = base / own.lstrip("/")
            group = self.parent / f"transcoder-eval-speed-{os.getpid()}"
            group.mkdir()
            (group / "cgroup.procs").write_text(str(os.getpid()))
            self.group = group
        except (OSError, StopIteration):
            self.group = None

    def seconds(self) -> float | None:
        if self.group is None:
            return None
        return int((self.group / "cpuacct.usage").read_text()) / 1e9

    def close(self) -> None:
        if self.group is not None:
            (self.parent / "cgroup.procs").write_text(str(os.getpid()))
            with contextlib.suppress(OSError):
                self.group.rmdir()


def naive_commands(language: str, file_name: str) -> tuple[list[str] | None, list[str]]:
    """One build and one run per program, without any of the fast path's tricks."""
    if language == "cpp":
        return ["g++", "-std=gnu++17", "-O0", "-w", file_name, "-o", "main"], ["/sandbox/main"]
    if language == "java":
        toolchain = get_language("java").toolchain()
        class_path = str(toolchain.support_classes)  # javafx.util.Pair only
        build = ["javac", "-encoding", "UTF-8", "-nowarn", "-cp", class_path, "-d", ".", file_name]
        return build, ["java", "-Xss16m", "-cp", f".:{class_path}", file_name.removesuffix(".java")]
    return None, ["python3", file_name]


def naive_run(language: str, source: str) -> str:
    """Build and run one program the naive way; 'passed' or why not."""
    toolchain = get_language(language).toolchain()
    name = toolchain.file_name(source)
    build, run = naive_commands(language, name)
    with workdir() as directory:
        (directory / name).write_text(source)
        give_to_sandbox(directory)
        readonly = toolchain.readonly_paths()
        if build is not None:
            built = execute(build, workdir=directory, limits=BUILD_LIMITS, readonly=readonly)
            if built.status() is not RunStatus.OK:
                return "compile_error"
        ran = execute(run, workdir=directory, limits=RUN_LIMITS, readonly=readonly)
        if ran.status() is not RunStatus.OK:
            return ran.status().value
        counts = parse_results(decode(ran.stdout))
        return "passed" if counts is not None and counts[0] == counts[1] > 0 else "failed"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bench_dir", nargs="?", default="gfg-valid", type=resolve_benchmark)
    parser.add_argument(
        "--naive-sample", type=int, default=12, help="items per direction for the naive way (0: all)"
    )
    parser.add_argument("--jobs", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument("--skip-naive", action="store_true")
    parser.add_argument(
        "--against",
        type=Path,
        action="append",
        help="another checkout, measured alternately with this one (repeatable: each in turn, then this one)",
    )
    parser.add_argument("--repeat", type=int, default=1, help="rounds of (others..., this) with --against")
    args = parser.parse_args()
    if args.against is not None:
        return alternate(args)

    print(f"cores available: {len(os.sched_getaffinity(0))}, jobs: {args.jobs}, load average at start: "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")  # fmt: skip
    meter = CpuMeter()
    try:
        return measure(args, meter)
    finally:
        meter.close()


def alternate(args: argparse.Namespace) -> int:
    """Run the other checkout's fast path and this one's, in turns, each in a process of its own."""
    for round_number in range(1, args.repeat + 1):
        for label, checkout in (
            *(("other", other.resolve()) for other in args.against),
            ("this", Path(__file__).resolve().parents[1]),
        ):
            print(f"--- round {round_number}: {label} checkout {checkout}", flush=True)
            command = [sys.executable, str(checkout / "benchmarks" / "eval_speed.py"), str(args.bench_dir),
                       "--skip-naive", "--jobs", str(args.jobs)]  # fmt: skip
            environment = {**os.environ, "PYTHONPATH": str(checkout / "src")}
            subprocess.run(command, cwd=checkout, env=environment, check=False)
    return 0


def measure(args: argparse.Namespace, meter: CpuMeter) -> int:
    rows = []
    fast_total = 0.0
    fast_cpu = 0.0
    for source, target in DIRECTIONS:
        eval_parser = argparse.ArgumentParser()
        harness.configure_parser(eval_parser)
        eval_args = eval_parser.parse_args(
            [
                str(args.bench_dir),
                "-s",
                source,
                "-t",
                target,
                "-e",
                "gold",
                "--no-cache",
                "-j",
                str(args.jobs),
            ]
        )
        start, cpu_start = time.monotonic(), meter.seconds()
        report = harness.evaluate(eval_args)
        seconds = time.monotonic() - start
        cpu = (meter.seconds() or 0.0) - (cpu_start or 0.0)
        fast_total += seconds
        fast_cpu += cpu
        rows.append([source, target, len(report["items"]), seconds, report, None, None])
        print(f"fast  {source:>6} -> {target:<6} {len(report['items']):4d} items  {seconds:6.1f} s  {cpu:6.1f} CPU-s  "
              f"CA {100 * report['computational_accuracy']:.2f}% ({report['passed']}/{report['total']}, "
              f"{report['reference_errors']} reference errors)", flush=True)  # fmt: skip
    print(f"fast path, all six directions: {fast_total:.1f} s wall (result cache disabled)")
    if meter.group is not None:
        print(f"fast path CPU time, everything it started included: {fast_cpu:.1f} CPU-s "
              f"(on {len(os.sched_getaffinity(0))} otherwise idle cores at least "
              f"{fast_cpu / len(os.sched_getaffinity(0)):.1f} s wall)")  # fmt: skip
    if args.skip_naive:
        return 0

    naive_total = naive_cpu = 0.0
    for row in rows:
        source, target, count = row[0], row[1], row[2]
        tasks = load_tasks(args.bench_dir, source, target)
        sample = (
            tasks
            if args.naive_sample <= 0
            else tasks[:: max(1, len(tasks) // args.naive_sample)][: args.naive_sample]
        )
        scripts = [fill(target, t.target_script, gold_function(target, t.target_script)) for t in sample]
        start, cpu_start = time.monotonic(), meter.seconds()
        with ThreadPoolExecutor(max_workers=args.jobs) as pool:
            outcomes = list(pool.map(lambda s, language=target: naive_run(language, s), scripts))
        seconds = time.monotonic() - start
        extrapolated = seconds * count / max(1, len(sample))
        naive_total += extrapolated
        naive_cpu += ((meter.seconds() or 0.0) - (cpu_start or 0.0)) * count / max(1, len(sample))
        row[5], row[6] = seconds, extrapolated
        print(f"naive {source:>6} -> {target:<6} {len(sample):4d} of {count} items  {seconds:6.1f} s measured, "
              f"{extrapolated:6.1f} s for all {count} (extrapolated); passed {outcomes.count('passed')}/{len(sample)}",
              flush=True)  # fmt: skip
    sampled = (
        "measured on every item"
        if args.naive_sample <= 0
        else f"extrapolated from {args.naive_sample} items per direction"
    )
    print(f"naive way, all six directions: {naive_total:.1f} s wall ({sampled})")
    if meter.group is not None:
        print(f"naive way CPU time: {naive_cpu:.1f} CPU-s ({sampled}); fast path {fast_cpu:.1f} CPU-s")
    print(f"fast path: {fast_total:.1f} s; speed-up {naive_total / fast_total:.1f}x")
    print(f"load average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
