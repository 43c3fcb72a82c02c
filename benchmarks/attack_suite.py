"""The attack suite of issue 11, in one run: hostile programs, translator fuzzing, kill-and-resume.

    .venv/bin/python benchmarks/attack_suite.py [--only hostile|fuzz|resume] [--fuzz 10000] [--kills 50]

1. hostile: every program of ``tests/security/hostile.py`` in C++, Java and Python, run alone
   (``run_program``), in batches of 2-3 and in one batch of all (``run_programs``, each next to an
   honest program), and through ``transcoder eval`` (the hostile script as the benchmark's target,
   gold engine). Each must be classified the same alone and batched, and do no harm on the host:
   canary file intact, secret unread, no connection to the host, no process left, /usr and /etc
   untouched. Needs root, bwrap and cgroup v1 (the full sandbox).
2. fuzz: ``--fuzz`` mutated GfG functions over the six directions, random bytes through the command
   line, nesting 1,000 deep and expressions of 10,000 terms, 10 MB files: tracebacks, hangs past
   20 s, and exit-0 outputs that do not build where their source does (built in the sandbox).
3. resume: ``--kills`` SIGKILLs at random moments of gold evaluations of the valid split, each
   followed by a restart; then every evaluation runs to its end: no item lost or counted twice,
   nothing left on disk (working directories, cgroups, staging directories, temporary cache files).

Exit status 0 when every check holds.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import io
import json
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "security"))

import attacks
import fuzz
import hostile

from transcoder.bench.gfg import load_tasks
from transcoder.verify.runners import Limits, run_program, run_programs
from transcoder.verify.sandbox import WORKDIR_PREFIX, capabilities
from transcoder.verify.toolchain import artifact_root

REPOSITORY = Path(__file__).resolve().parents[1]
# Programs that must reach their memory limit before the wall: allocation and the kernel's reclaim
# before an OOM kill take seconds on a loaded machine (at load 30, 5 s was not always enough).
SLOW_TO_DIE = {"allocate_6g": 20.0, "memory_hog": 20.0}


def limits_for(name: str) -> Limits:
    return Limits(wall_seconds=SLOW_TO_DIE.get(name, 5.0))


def eval_statuses(language: str, names: list[str], attack: attacks.Attack) -> tuple[dict[str, str], str]:
    """Each hostile script's outcome through `transcoder eval` (the script is the reference)."""
    with tempfile.TemporaryDirectory(prefix="transcoder-attack-eval-") as scratch:
        bench, source = attacks.write_benchmark(Path(scratch) / "bench", language, attack, names)
        report = Path(scratch) / "report.json"
        command = [sys.executable, "-m", "transcoder", "eval", str(bench), "-s", source, "-t", language,
                   "-e", "gold", "--no-cache", "-q", "--report", str(report)]  # fmt: skip
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=1800, cwd=REPOSITORY)
        except subprocess.TimeoutExpired:
            return dict.fromkeys(names, "HANG"), ""
        if done.returncode != 0 or not report.exists():
            return dict.fromkeys(names, f"CRASH {done.returncode}"), done.stderr
        text = report.read_text()
    statuses = {}
    for item in json.loads(text)["items"]:
        if item["id"].startswith("H_"):
            found = re.search(
                r"own f_gold: (\w+)(?:: (memory_limit|output_limit|disk_limit|killed))?", item["message"]
            )
            statuses[item["id"][2:]] = (found.group(2) or found.group(1)) if found else item["status"]
    return statuses, text


def hostile_section(only: set[str] | None = None) -> bool:
    if not capabilities().full:
        print(f"hostile programs: skipped, the sandbox here is {capabilities().describe()}")
        return True
    rows: dict[str, dict[str, str]] = collections.defaultdict(dict)
    problems = []
    for language in hostile.LANGUAGES:
        names = [h.name for h in hostile.CATALOGUE if language in h.code and (not only or h.name in only)]
        if not names:
            continue
        with attacks.attack_targets() as attack:
            started = time.monotonic()
            programs = [
                hostile.program(hostile.by_name(n), language, attack.values, f"Attack{i}")
                for i, n in enumerate(names)
            ]
            alone = [
                run_program(language, p, limits=limits_for(n)).status.value
                for n, p in zip(names, programs, strict=True)
            ]
            mixed, mixed_limits = [], []
            for number, (name, program) in enumerate(zip(names, programs, strict=True)):
                mixed += [hostile.benign(language, number, f"Benign{number}"), program]
                mixed_limits += [Limits(wall_seconds=5), limits_for(name)]
            batched = {}
            outputs = []
            for jobs in (3, 1):
                results = run_programs(language, mixed, limits=mixed_limits, jobs=jobs)
                batched[jobs] = [r.status.value for r in results[1::2]]
                outputs += [r.stdout + r.stderr for r in results]
                if any(r.status.value != "ok" for r in results[0::2]):
                    problems.append(
                        f"{language}: an honest program next to a hostile one did not pass (jobs={jobs})"
                    )
            through_eval, report = eval_statuses(language, names, attack)
            harm = attack.harm(*outputs, report)
            if harm:
                problems.append(f"{language}: harm on the host: {harm}")
            for number, name in enumerate(names):
                cells = (alone[number], batched[3][number], batched[1][number], through_eval.get(name, "?"))
                same = cells[0] == cells[1] == cells[2]
                expected = hostile.by_name(name).expected
                if not same or (expected is not None and cells[0] != expected):
                    problems.append(
                        f"{language} {name}: alone {cells[0]}, batched {cells[1]}/{cells[2]}, expected {expected}"
                    )
                rows[name][language] = (
                    f"{cells[0]}"
                    + ("" if same else f" / {cells[1]} / {cells[2]} (DIFFERS)")
                    + f"; eval: {cells[3]}"
                )
            print(
                f"  {language}: {len(names)} hostile programs, {time.monotonic() - started:.0f} s, harm: {harm or 'none'}",
                flush=True,
            )
    print("\n| hostile program | what it does | C++ | Java | Python |")
    print("|---|---|---|---|---|")
    for item in hostile.CATALOGUE:
        if only and item.name not in only:
            continue
        cells = [rows[item.name].get(language, "n/a") for language in hostile.LANGUAGES]
        print(f"| {item.name} | {item.what} | " + " | ".join(cells) + " |")
    print(
        "\ncell: status alone = in batches of 2-3 = in one batch of all (else DIFFERS); eval: the item's outcome"
    )
    for problem in problems:
        print(f"PROBLEM: {problem}")
    return not problems


def random_bytes_through_cli(count: int, seed: int = 5) -> collections.Counter:
    from transcoder.cli import main as cli_main

    generator = random.Random(seed)
    counts: collections.Counter = collections.Counter()
    with tempfile.TemporaryDirectory(prefix="transcoder-fuzz-bytes-") as scratch:
        for number in range(count):
            path = Path(scratch) / f"input{number}.{('cpp', 'java', 'py')[number % 3]}"
            path.write_bytes(
                bytes(generator.randrange(256) for _ in range(generator.choice((1, 64, 2048, 65536))))
            )
            stderr = io.StringIO()
            with contextlib.redirect_stderr(stderr), contextlib.redirect_stdout(io.StringIO()):
                try:
                    code = cli_main(
                        ["translate", str(path), "--target", ("java", "python", "cpp")[number % 3]]
                    )
                except BaseException:
                    code = -1
            lines = stderr.getvalue().strip().splitlines()
            clean = code == 0 or (
                code == 2 and len(lines) == 1 and lines[0].startswith("transcoder: error: ")
            )
            counts["exit 0" if code == 0 else "one-line error" if clean else "TRACEBACK"] += 1
    return counts


def fuzz_section(count: int, seed: int, findings: Path | None) -> bool:
    bench = fuzz.default_bench()
    started = time.monotonic()
    inputs = fuzz.mutations(bench, count, seed=seed)
    outcomes = fuzz.translate_all(inputs, deadline=20)
    translated = time.monotonic() - started
    failures = fuzz.compile_outputs(outcomes)
    print(
        f"mutation fuzz: {count} inputs, translated in {translated:.0f} s, built in {time.monotonic() - started - translated:.0f} s"
    )
    print(
        "\n| direction | inputs | exit 0 | one-line error | traceback | hang > 20 s | exit 0, source builds, output does not |"
    )
    print("|---|---|---|---|---|---|---|")
    failed = collections.Counter((o.input.source, o.input.target) for o, _ in failures)
    for source, target in fuzz.DIRECTIONS:
        mine = [o for o in outcomes if (o.input.source, o.input.target) == (source, target)]
        counts = fuzz.summary(mine)
        print(f"| {source} -> {target} | {len(mine)} | {counts['ok']} | {counts['error']} | {counts['traceback']} | "
              f"{counts['hang']} | {failed[(source, target)]} |")  # fmt: skip
    bad = [o for o in outcomes if o.result in ("traceback", "hang")]
    for outcome in bad[:15]:
        print(f"\n{outcome.result.upper()} {outcome.input.source}->{outcome.input.target} ({outcome.input.note}):\n"
              f"{outcome.input.code}\n{outcome.detail[-400:]}")  # fmt: skip
    for outcome, error in failures[:30]:
        print(f"\nDOES NOT BUILD {outcome.input.source}->{outcome.input.target} ({outcome.input.note}): {error}\n"
              f"--- source:\n{outcome.input.code}\n--- output:\n{outcome.detail}")  # fmt: skip
    # long inputs: 20 CPU seconds each (the wall clock of a shared, loaded machine is printed too)
    special = fuzz.translate_all(fuzz.deep_inputs() + fuzz.huge_inputs(), deadline=20, clock="cpu")
    print("\n| input (CPU s / wall s) | " + " | ".join(f"{s} -> {t}" for s, t in fuzz.DIRECTIONS) + " |")
    print("|---|" + "---|" * len(fuzz.DIRECTIONS))
    by_note: dict[str, dict[tuple[str, str], str]] = collections.defaultdict(dict)
    for outcome in special:
        text = outcome.result if outcome.result != "error" else f"error: {outcome.detail[:50]}"
        by_note[outcome.input.note][(outcome.input.source, outcome.input.target)] = (
            f"{text} ({outcome.cpu:.1f} / {outcome.seconds:.1f})"
        )
    for note, cells in by_note.items():
        print(f"| {note} | " + " | ".join(cells.get(d, "-") for d in fuzz.DIRECTIONS) + " |")
    if findings is not None:  # every finding, for whoever mends the engine
        records = [{"kind": o.result, "source": o.input.source, "target": o.input.target, "edit": o.input.note,
                    "code": o.input.code, "detail": o.detail} for o in bad]  # fmt: skip
        records += [{"kind": "does not build", "source": o.input.source, "target": o.input.target,
                     "edit": o.input.note, "code": o.input.code, "output": o.detail, "detail": error}
                    for o, error in failures]  # fmt: skip
        findings.write_text(json.dumps(records, indent=1) + "\n")
        print(f"\nall {len(records)} findings: {findings}")
    byte_counts = random_bytes_through_cli(300)
    print(f"\nrandom bytes through `transcoder translate`: {dict(byte_counts)}")
    bad += [o for o in special if o.result in ("traceback", "hang")]
    return not bad and not failures and byte_counts["TRACEBACK"] == 0


def leftovers(pids: set[int]) -> list[str]:
    found = [p.name for pid in pids for p in Path(tempfile.gettempdir()).glob(f"{WORKDIR_PREFIX}{pid}-*")]
    for parent in capabilities().cgroups.values():
        found += [p.name for pid in pids for p in parent.glob(f"run-{pid}-*")]
    with contextlib.suppress(OSError):
        found += [p.name for pid in pids for p in artifact_root().glob(f".*-{pid}-*")]
    return found


def resume_section(kills: int, seed: int, delays: tuple[float, float]) -> bool:
    """Kill evaluations at random moments, restart them, then finish them and check."""
    bench = fuzz.default_bench()
    generator = random.Random(seed)
    directions = [(s, t) for s, t in fuzz.DIRECTIONS]
    cache = Path(tempfile.mkdtemp(prefix="transcoder-attack-cache-"))
    reports = Path(tempfile.mkdtemp(prefix="transcoder-attack-reports-"))

    def command(source: str, target: str) -> list[str]:
        return [sys.executable, "-m", "transcoder", "eval", str(bench), "-s", source, "-t", target, "-e", "gold",
                "--cache-dir", str(cache), "-q", "--report", str(reports / f"{source}-{target}.json")]  # fmt: skip

    killed: set[int] = set()
    direction, finished, progress = 0, 0, []
    while len(killed) < kills:
        source, target = directions[direction % len(directions)]
        process = subprocess.Popen(command(source, target), cwd=REPOSITORY, start_new_session=True,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        delay = generator.uniform(*delays)
        try:
            process.wait(timeout=delay)
            finished += 1
            direction += 1  # it finished before the kill: the next direction
            continue
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            killed.add(process.pid)
        entries = [p.read_text()[:1] for p in cache.rglob("*.json")]
        outcomes = entries.count("{")  # a program's outcome; translations are lists or strings
        progress.append(outcomes)
        print(f"  kill {len(killed):2d}: {source} -> {target} after {delay:.1f} s; cached: {len(entries) - outcomes} "
              f"translations, {outcomes} program outcomes", flush=True)  # fmt: skip
    problems = []
    for source, target in directions:
        done = subprocess.run(
            command(source, target), cwd=REPOSITORY, capture_output=True, text=True, timeout=3600
        )
        if done.returncode != 0:
            problems.append(f"{source} -> {target}: exit {done.returncode}: {done.stderr[-300:]}")
            continue
        items = json.loads((reports / f"{source}-{target}.json").read_text())["items"]
        ids = [item["id"] for item in items]
        statuses = collections.Counter(item["status"] for item in items)
        expected = len(load_tasks(bench, source, target))
        if len(ids) != len(set(ids)) or len(ids) != expected:
            problems.append(
                f"{source} -> {target}: {len(ids)} items, {len(set(ids))} distinct, {expected} expected"
            )
        if set(statuses) - {"passed", "reference_error"} or statuses["reference_error"] > 1:
            problems.append(f"{source} -> {target}: {dict(statuses)}")
        print(f"  {source} -> {target}: {len(ids)} items, {dict(statuses)}")
    left = leftovers(killed)
    temporary = [p.name for p in cache.rglob("*.tmp")]
    print(f"\n{len(killed)} SIGKILLs ({finished} evaluations finished between them); outcomes cached after each kill: "
          f"{progress}")  # fmt: skip
    print(
        f"left on disk by the killed runs after the restarts: {left or 'nothing'}; temporary cache files: {temporary or 'none'}"
    )
    regressions = [i for i in range(1, len(progress)) if progress[i] < progress[i - 1]]
    for problem in problems + (["cached outcomes went down"] if regressions else []):
        print(f"PROBLEM: {problem}")
    subprocess.run(["rm", "-rf", str(cache), str(reports)], check=False)
    return not problems and not left and not temporary and not regressions


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", choices=("hostile", "fuzz", "resume"))
    parser.add_argument("--fuzz", type=int, default=10_000, help="mutation-fuzz inputs (default 10,000)")
    parser.add_argument(
        "--kills", type=int, default=50, help="random SIGKILLs during evaluations (default 50)"
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--programs", help="hostile programs to run (comma-separated; default: all)")
    parser.add_argument("--kill-after", default="0.5,8", help="seconds before each kill: uniform in LOW,HIGH")
    parser.add_argument("--findings", type=Path, help="write every fuzz finding (JSON) to this file")
    args = parser.parse_args()
    print(f"sandbox: {capabilities().describe()}; load average {os.getloadavg()[0]:.1f}", flush=True)
    results = {}
    if args.only in (None, "hostile"):
        print("\n## Hostile programs", flush=True)
        results["hostile"] = hostile_section(set(args.programs.split(",")) if args.programs else None)
    if args.only in (None, "fuzz"):
        print("\n## Translator fuzzing", flush=True)
        results["fuzz"] = fuzz_section(args.fuzz, args.seed, args.findings)
    if args.only in (None, "resume"):
        print("\n## Kill and resume", flush=True)
        low, high = (float(x) for x in args.kill_after.split(","))
        results["resume"] = resume_section(args.kills, args.seed, (low, high))
    print("\n" + ", ".join(f"{name}: {'holds' if ok else 'FAILS'}" for name, ok in results.items()))
    return 0 if all(results.values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
