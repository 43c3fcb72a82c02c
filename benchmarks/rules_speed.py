"""Speed of the rule engine: every valid-split ``f_gold`` in all six directions, per CPU second.

    .venv/bin/python benchmarks/rules_speed.py [BENCH_DIR] [--against OTHER_CHECKOUT] [--repeat N]

Each measurement runs in its own process (``PYTHONPATH=<checkout>/src``), so that two versions
of the engine measured in one run do not share caches or imports; with ``--against`` the runs
of the two checkouts alternate and the table prints both and the ratio (ours / theirs in
functions per CPU second: above 1, this checkout is faster). Time is process CPU time
(``time.process_time``) around the translations only: imports and one warm-up translation per
direction come before the clock starts. The best of ``--repeat`` runs counts (the machine is
shared and noisy; the best run is the one least disturbed). Functions the engine refuses count
too: refusing is part of the work.

The functions are extracted once, by this checkout, and handed to every run on standard input,
so both versions translate exactly the same text.

    .venv/bin/python benchmarks/rules_speed.py --long [--sizes 1000,2000,4000]

measures long flat inputs instead (the fuzz suite's ``else if`` chain and sum of terms,
tests/security/fuzz.py), from C++ and Java sources to every other target: CPU seconds per size,
and the growth from each size to the next (about 2 when the sizes double: linear).
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("cpp", "java", "python")
DIRECTIONS = tuple((s, t) for s in LANGUAGES for t in LANGUAGES if s != t)
DEFAULT_BENCH = ROOT / "data" / "benchmarks" / "transcoder-gfg" / "valid"  # the shipped split


def gold_functions(bench_dir: Path) -> dict[str, list[str]]:
    """Source language -> the text of every ``f_gold`` of the split in that language."""
    from transcoder.bench.gfg import gold
    from transcoder.errors import TranscoderError
    from transcoder.languages import get_language

    functions: dict[str, list[str]] = {}
    for language in LANGUAGES:
        extension = get_language(language).extensions[0]
        texts = []
        for path in sorted((bench_dir / language).glob(f"*{extension}")):
            try:
                texts.append(gold(language, path.read_text(encoding="utf-8")).text)
            except TranscoderError:
                continue  # a broken script: nothing to translate
        functions[language] = texts
    return functions


def measure(functions: dict[str, list[str]]) -> dict[str, dict[str, float]]:
    """Direction ``src->tgt`` -> functions, refused and CPU seconds (run inside the measured process)."""
    from transcoder.engines.rules import RulesEngine
    from transcoder.errors import TranscoderError

    engine = RulesEngine()
    results: dict[str, dict[str, float]] = {}
    for source, target in DIRECTIONS:
        codes = functions[source]
        for code in codes[:1]:  # warm-up: parsers and lazily imported modules
            with contextlib.suppress(TranscoderError):
                engine.translate(code, source, target)
        refused = 0
        start = time.process_time()
        for code in codes:
            try:
                engine.translate(code, source, target)
            except TranscoderError:
                refused += 1
        seconds = time.process_time() - start
        results[f"{source}->{target}"] = {"functions": len(codes), "refused": refused, "seconds": seconds}
    return results


def run_checkout(src: Path, payload: str) -> dict[str, dict[str, float]]:
    """``measure`` in a fresh process that imports the engine from ``src``."""
    environment = {**os.environ, "PYTHONPATH": str(src)}
    completed = subprocess.run(
        [sys.executable, __file__, "--measure"],
        input=payload,
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )
    if completed.returncode != 0:
        raise SystemExit(f"measuring {src} failed:\n{completed.stderr[-2000:]}")
    result: dict[str, dict[str, float]] = json.loads(completed.stdout)
    return result


def best(runs: list[dict[str, dict[str, float]]]) -> dict[str, dict[str, float]]:
    """Per direction, the run with the least CPU time."""
    return {
        direction: min((run[direction] for run in runs), key=lambda r: r["seconds"]) for direction in runs[0]
    }


def report(
    ours: dict[str, dict[str, float]], theirs: dict[str, dict[str, float]] | None, against: str
) -> None:
    header = "| direction | functions | refused | CPU s | functions/s |"
    if theirs is not None:
        header += f" CPU s ({against}) | functions/s ({against}) | ratio |"
    print(header)
    print("|" + "---|" * (header.count("|") - 1))

    def row(label: str, count: float, refused: str, seconds: float, other: float | None) -> None:
        line = f"| {label} | {count:.0f} | {refused} | {seconds:.2f} | {count / seconds:.0f} |"
        if other is not None:
            line += f" {other:.2f} | {count / other:.0f} | {other / seconds:.2f}x |"
        print(line)

    for direction, mine in ours.items():
        other = theirs[direction]["seconds"] if theirs is not None else None
        refused = f"{mine['refused']:.0f}"
        if theirs is not None and theirs[direction]["refused"] != mine["refused"]:
            refused += f" ({theirs[direction]['refused']:.0f})"
        row(direction, mine["functions"], refused, mine["seconds"], other)
    for language in LANGUAGES:
        mine_rows = [r for d, r in ours.items() if d.startswith(f"{language}->")]
        count = sum(r["functions"] for r in mine_rows)
        seconds = sum(r["seconds"] for r in mine_rows)
        other = None
        if theirs is not None:
            other = sum(r["seconds"] for d, r in theirs.items() if d.startswith(f"{language}->"))
        row(f"**{language} sources**", count, "", seconds, other)


def else_if_chain(language: str, length: int) -> str:
    """``if (x == 0) return 0; else if (x == 1) return 1; ...`` (as tests/security/fuzz.py)."""
    branches = "".join(f"    else if (x == {i}) return {i};\n" for i in range(1, length))
    function = f"int f(int x) {{\n    if (x == 0) return 0;\n{branches}    return -1;\n}}\n"
    return f"class A {{\nstatic {function}}}\n" if language == "java" else function


def flat_sum(language: str, terms: int) -> str:
    """``return x * 0 + x * 1 + ...;`` (as tests/security/fuzz.py)."""
    expression = " + ".join(f"x * {i}" for i in range(terms))
    function = f"int f(int x) {{\n    return {expression};\n}}\n"
    return f"class A {{\nstatic {function}}}\n" if language == "java" else function


def long_inputs(sizes: list[int]) -> int:
    """CPU seconds to translate each long input (on the deep-stack thread the API uses; best of
    three), and the growth between consecutive sizes."""
    from transcoder import translate_candidates
    from transcoder.errors import TranscoderError

    print("| input | direction | " + " | ".join(f"{size:,} s" for size in sizes) + " | growth |")
    print("|" + "---|" * (len(sizes) + 3))
    for shape in (else_if_chain, flat_sum):
        for source, target in DIRECTIONS:
            if source == "python":
                continue
            seconds = []
            for size in sizes:
                code, runs = shape(source, size), []
                for _ in range(3):  # the best of three, as above: the machine is shared
                    start = time.process_time()
                    with contextlib.suppress(TranscoderError):
                        translate_candidates(code, source=source, target=target, engine="rules")
                    runs.append(time.process_time() - start)
                seconds.append(min(runs))
            growth = ", ".join(f"{b / a:.1f}" for a, b in itertools.pairwise(seconds) if a > 0)
            cells = " | ".join(f"{value:.2f}" for value in seconds)
            print(f"| {shape.__name__} | {source}->{target} | {cells} | {growth} |")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("bench_dir", nargs="?", type=Path, default=DEFAULT_BENCH)
    parser.add_argument("--against", type=Path, help="another checkout (its src/ is measured too)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per checkout; the best counts")
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--long", action="store_true", help="long flat inputs: time per size and growth")
    parser.add_argument("--sizes", default="1000,2000,4000", help="branches/terms for --long")
    arguments = parser.parse_args()
    if arguments.long:
        return long_inputs([int(size) for size in arguments.sizes.split(",")])
    if arguments.measure:  # inside a measured process: functions on stdin, results on stdout
        print(json.dumps(measure(json.loads(sys.stdin.read()))))
        return 0
    payload = json.dumps(gold_functions(arguments.bench_dir))
    ours_runs, theirs_runs = [], []
    for _ in range(arguments.repeat):  # alternate, so that a burst of load hits both alike
        ours_runs.append(run_checkout(ROOT / "src", payload))
        if arguments.against is not None:
            theirs_runs.append(run_checkout(arguments.against.resolve() / "src", payload))
    ours = best(ours_runs)
    theirs = best(theirs_runs) if theirs_runs else None
    report(ours, theirs, str(arguments.against))
    if theirs is not None:
        print()
        print("ratio: functions per CPU second of this checkout / of", arguments.against)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
