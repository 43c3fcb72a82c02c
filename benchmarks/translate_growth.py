"""How translation cost grows with input size, whatever the engine (issue 11, item 5).

    .venv/bin/python benchmarks/translate_growth.py [--deadline 120] [--quick]

For each source language (to one target) and each shape, the input doubles four times: a flat sum
(1,250 to 10,000 terms), nested ``if``s (125 to 1,000 levels), nested parentheses (125 to 1,000),
an ``else if`` chain (1,250 to 10,000 branches) and a file of many small functions (0.5 to 4 MB,
the largest input accepted). Each translation runs alone in a worker process with a deadline; the
table gives CPU seconds of the worker (the wall clock of a shared machine measures its
neighbours) and, per doubling, the ratio of times: about 2 is linear, 4 quadratic. Errors
are the engine's one-line refusals. Nested ``if``s have output quadratic in depth by nature (each
level indents all the lines inside it).
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "security"))

import fuzz

PAIRS = (("cpp", "java"), ("java", "python"), ("python", "cpp"))
SHAPES = {
    "flat sum (terms)": (fuzz.flat_sum, (1250, 2500, 5000, 10000)),
    "nested ifs (levels)": (fuzz.nested_ifs, (125, 250, 500, 1000)),
    "nested parentheses (levels)": (fuzz.nested_parentheses, (125, 250, 500, 1000)),
    "else-if chain (branches)": (fuzz.else_if_chain, (1250, 2500, 5000, 10000)),
    "many functions (bytes)": (fuzz.many_functions, (512 << 10, 1 << 20, 2 << 20, 4 << 20)),
}


def cell(outcome: fuzz.FuzzOutcome) -> str:
    if outcome.result == "ok":
        return f"{outcome.cpu:.2f} s"
    if outcome.result == "error":
        return f"error ({outcome.detail[:40]})"
    return outcome.result.upper()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--deadline", type=float, default=120.0, help="CPU seconds before a translation is a hang")
    parser.add_argument("--quick", action="store_true", help="the two smallest sizes only")
    args = parser.parse_args()
    print("| source -> target | shape | " + " | ".join(f"size {i + 1}" for i in range(4)) + " | time ratio per doubling |")
    print("|---|---|---|---|---|---|---|")
    for source, target in PAIRS:
        for shape, (make, sizes) in SHAPES.items():
            sizes = sizes[:2] if args.quick else sizes
            inputs = [fuzz.FuzzInput("growth", source, target, make(source, size), f"{size}") for size in sizes]
            # One at a time, so that each measurement has the machine's cores to itself; the first,
            # small, warms the worker up (imports, first parses) and is not counted.
            warm_up = fuzz.FuzzInput("growth", source, target, make(source, 10), "warm-up")
            outcomes = fuzz.translate_all([warm_up, *inputs], deadline=args.deadline, workers=1, clock="cpu")[1:]
            cells = [f"{size:,}: {cell(o)}" for size, o in zip(sizes, outcomes, strict=True)]
            times = [o.cpu if o.result == "ok" else None for o in outcomes]
            ratios = [f"{b / a:.1f}" if a and b and a > 0.05 else "-" for a, b in itertools.pairwise(times)]
            print(f"| {source} -> {target} | {shape} | " + " | ".join(cells) + f" | {', '.join(ratios)} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
