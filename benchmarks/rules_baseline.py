"""Freeze (or check) what the rule engine prints for every ``f_gold`` of the GfG valid split.

    .venv/bin/python benchmarks/rules_baseline.py write [BENCH_DIR]   # rewrites tests/golden/gfg_valid.json.gz
    .venv/bin/python benchmarks/rules_baseline.py check [BENCH_DIR]   # lists every difference, exit 1 if any

Six directions, each plain and (for C++/Java targets) pinned to the target script's ``f_gold``
declaration as ``eval --signature-from-tests`` does. Each entry is the translation text, or the
refusal (``!ErrorType: message``), with the engine's warnings. A refactoring of the engine must
leave this file unchanged; a deliberate change rewrites it and says why in its commit.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

from transcoder.bench.gfg import declaration, gold, load_tasks
from transcoder.engines.rules import RulesEngine
from transcoder.errors import TranscoderError

LANGUAGES = ("cpp", "java", "python")
DEFAULT_BENCH = Path(__file__).resolve().parents[1] / "data" / "benchmarks" / "transcoder-gfg" / "valid"
FROZEN = Path(__file__).resolve().parents[1] / "tests" / "golden" / "gfg_valid.json.gz"


def _one(engine: RulesEngine, code: str, source: str, target: str, signature: str | None) -> list[str]:
    try:
        [candidate] = engine.translate(code, source, target, signature=signature)
    except TranscoderError as error:
        return [f"!{type(error).__name__}: {error}"]
    return [candidate.code, *candidate.warnings]


def translations(bench_dir: Path) -> dict[str, dict[str, list[str]]]:
    """``"src->tgt[ pinned]"`` -> benchmark ID -> [text, warnings...] (or [refusal])."""
    engine = RulesEngine()
    table: dict[str, dict[str, list[str]]] = {}
    for source in LANGUAGES:
        for target in LANGUAGES:
            if source == target:
                continue
            modes = (False, True) if target != "python" else (False,)
            for pinned in modes:
                rows: dict[str, list[str]] = {}
                for task in load_tasks(bench_dir, source, target):
                    try:
                        code = gold(source, task.source_script).text
                        signature = declaration(gold(target, task.target_script)) if pinned else None
                    except TranscoderError:
                        continue  # a broken script: the harness reports it, nothing to freeze
                    rows[task.id] = _one(engine, code, source, target, signature)
                table[f"{source}->{target}{' pinned' if pinned else ''}"] = rows
    return table


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in ("write", "check"):
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        return 2
    bench_dir = Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_BENCH
    table = translations(bench_dir)
    if sys.argv[1] == "write":
        FROZEN.write_bytes(gzip.compress(json.dumps(table, indent=0, sort_keys=True).encode(), mtime=0))
        print(f"wrote {sum(len(rows) for rows in table.values())} translations to {FROZEN}")
        return 0
    frozen = json.loads(gzip.decompress(FROZEN.read_bytes()))
    differences = 0
    for direction in sorted(set(frozen) | set(table)):
        old, new = frozen.get(direction, {}), table.get(direction, {})
        for task_id in sorted(set(old) | set(new)):
            if old.get(task_id) != new.get(task_id):
                differences += 1
                print(f"{direction} {task_id}: changed")
    total = sum(len(rows) for rows in table.values())
    print(f"{differences} of {total} translations differ from {FROZEN.name}")
    return 1 if differences else 0


if __name__ == "__main__":
    raise SystemExit(main())
