"""How well verification (tests generated from the source function) predicts the benchmark's verdict.

    transcoder eval ../shared/benchmarks/transcoder-gfg/valid -s cpp -t java --verify --report /tmp/v.json
    python benchmarks/verify_vs_ca.py /tmp/v.json [more reports...]

For each report made with ``--verify``, crosses the first candidate's verdict on the generated
tests with its verdict on the benchmark's own tests, and lists the disagreements: a translation
that passes the benchmark but fails generated tests is a false alarm (often an input outside what
the function expects that the source language tolerates and the target does not); one that fails
the benchmark but passes generated tests slipped through (or the target's reference computes
something other than its source: see gfg_agreement.py).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reports", nargs="+")
    args = parser.parse_args()
    for path in args.reports:
        report = json.loads(Path(path).read_text())
        if not report.get("verify"):
            print(f"{path}: not made with --verify", file=sys.stderr)
            return 2
        table: Counter[tuple[str, str]] = Counter()
        disagreements = []
        for item in report["items"]:
            if item["status"] in ("reference_error", "translation_error"):
                continue
            verdict = item["verification"][0].split()[0] if item["verification"] else "not verified"
            verified = "passes generated tests" if verdict == "passed" else (
                "not verified" if verdict == "not" else "fails generated tests"
            )  # fmt: skip
            benchmark = "passes benchmark" if item["status"] == "passed" else "fails benchmark"
            table[benchmark, verified] += 1
            if (benchmark == "passes benchmark") != (verified == "passes generated tests"):
                disagreements.append(
                    f"  {item['id']}: {item['status']}, generated tests: {item['verification'][:1]}"
                )
        print(
            f"{report['source']} -> {report['target']} ({report['engine']}, {report['verify']} tests per function)"
        )
        for (benchmark, verified), count in sorted(table.items()):
            print(f"  {benchmark:17} {verified:24} {count}")
        print("\n".join(disagreements))
    return 0


if __name__ == "__main__":
    sys.exit(main())
