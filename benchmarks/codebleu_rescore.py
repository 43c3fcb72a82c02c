"""Rescore the CodeBLEU of ``transcoder eval`` reports from their candidates, as ``eval`` scores
them, under several ``PYTHONHASHSEED`` values, each in a fresh process:

    .venv/bin/python benchmarks/codebleu_rescore.py BENCH_DIR REPORT.json [REPORT.json ...] [--seeds 0,1,2,3]

Prints, per report, its recorded CodeBLEU and the rescored one under each seed (they must agree:
CodeBLEU's data-flow edges are put in one order, docs/service.md "CodeBLEU").
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path


def rescore(bench_dir: Path, report_path: Path) -> float:
    """The report's CodeBLEU recomputed from each counted item's first candidate."""
    from transcoder.bench import metrics
    from transcoder.bench.gfg import gold, script_path
    from transcoder.bench.harness import _scored

    report = json.loads(report_path.read_text(encoding="utf-8"))
    target = report["target"]
    pairs = []
    for item in report["items"]:
        if item["status"] == "reference_error":
            continue
        reference = gold(target, script_path(bench_dir, target, item["id"]).read_text(encoding="utf-8"))
        pair = _scored(target, item.get("candidates") or [], reference).codebleu
        if pair is not None:
            pairs.append(pair)
    return metrics.codebleu_score(pairs)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("bench_dir", type=Path)
    parser.add_argument("reports", type=Path, nargs="+")
    parser.add_argument("--seeds", default="0,1,2,3", help="PYTHONHASHSEED values, one fresh process each")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)  # a child: this process only
    args = parser.parse_args()
    if args.one:
        print(json.dumps([rescore(args.bench_dir, path) for path in args.reports]))
        return 0
    by_seed = {}
    for seed in args.seeds.split(","):
        child = subprocess.run(
            [sys.executable, __file__, "--one", str(args.bench_dir), *map(str, args.reports)],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        by_seed[seed] = json.loads(child.stdout)
    differ = False
    for index, path in enumerate(args.reports):
        recorded = json.loads(path.read_text(encoding="utf-8")).get("codebleu")
        scores = {seed: values[index] for seed, values in by_seed.items()}
        differ |= len(set(scores.values())) > 1
        shown = "  ".join(f"seed {seed}: {score:.4f}" for seed, score in scores.items())
        print(f"{path.name}: recorded {recorded if recorded is None else f'{recorded:.4f}'}  {shown}")
    print(
        "rescored CodeBLEU differs between seeds"
        if differ
        else "rescored CodeBLEU: the same under every seed"
    )
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
