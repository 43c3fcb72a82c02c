"""Every GfG valid ``f_gold`` in all six directions (plain and pinned) translates as frozen.

``benchmarks/rules_baseline.py`` wrote ``gfg_valid.json.gz``; after a deliberate change of the
engine's output, rerun it with ``write`` and say in the commit which translations changed and why.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
from pathlib import Path

HERE = Path(__file__).parent
SCRIPT = HERE.parents[1] / "benchmarks" / "rules_baseline.py"


def test_every_valid_split_translation_is_as_frozen(shared_dir: Path) -> None:
    spec = importlib.util.spec_from_file_location("rules_baseline", SCRIPT)
    assert spec is not None and spec.loader is not None
    baseline = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(baseline)
    table = baseline.translations(shared_dir / "benchmarks" / "transcoder-gfg" / "valid")
    frozen = json.loads(gzip.decompress((HERE / "gfg_valid.json.gz").read_bytes()))
    assert set(table) == set(frozen)
    changed = [
        f"{direction} {task_id}"
        for direction, rows in frozen.items()
        for task_id in sorted(set(rows) | set(table[direction]))
        if rows.get(task_id) != table[direction].get(task_id)
    ]
    assert not changed, f"{len(changed)} translations changed: {changed[:20]}"
