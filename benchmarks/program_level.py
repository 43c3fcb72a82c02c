"""Program-level computational accuracy (issue 14 item 5): whole GfG scripts translated and run.

    .venv/bin/python benchmarks/program_level.py ../shared/benchmarks/transcoder-gfg/valid [--json r.json]
        [--directions cpp-java,...] [--limit N]

Each valid-split script is a complete program: ``f_gold``, a ``TOFILL`` marker where the harness
puts the candidate as ``f_filled``, and a ``main`` that calls both on ten inputs and prints
``#Results: passed, total``. The whole program translated here is that script with the marker
removed, ``f_filled`` calls made ``f_gold`` calls, and each comparison preceded by a statement
printing the value of its ``f_gold`` call (C++ ``cout << ... << endl``, Java
``System.out.println``, Python ``print``): otherwise every faithful or unfaithful translation would
print the same ``#Results: 10, 10``. Functions that return nothing are compared only through
``#Results`` (their ``main`` compares the arrays they leave).

The source program and its translation both run in the sandbox; an item passes when the
translation prints exactly what the source printed (program-level CA), and the second figure
counts outputs equal after reading numbers and booleans (``1``/``true``/``True``) as values, to
separate wrong results from formatting (a C++ ``double`` printed to 6 significant digits).
Programs whose source fails to build or run are left out and listed.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from transcoder import translate
from transcoder.bench.gfg import load_tasks
from transcoder.errors import TranscoderError
from transcoder.verify.runners import Limits, RunStatus, run_programs

DIRECTIONS = [(s, t) for s in ("cpp", "java", "python") for t in ("cpp", "java", "python") if s != t]
LIMITS = Limits(wall_seconds=20.0)
_PRINT = {
    "cpp": "cout << {call} << endl;",
    "java": "System.out.println({call});",
    "python": "print({call})",
}
_TOFILL = re.compile(r"^\s*(//|#)\s*TOFILL\s*$", re.MULTILINE)
_VALUE = re.compile(r"^-?\d+(\.\d*)?([eE][-+]?\d+)?$")


@dataclass
class Item:
    id: str
    status: str  # "passed", "formatting", "wrong_output", "refused", "compile_error", "runtime_error", ...
    detail: str = ""


def balanced_call(line: str, start: int) -> str:
    """The call expression starting at ``start`` (``f_gold(...)``), to its matching parenthesis."""
    depth = 0
    for index in range(line.index("(", start), len(line)):
        depth += {"(": 1, ")": -1}.get(line[index], 0)
        if depth == 0:
            return line[start : index + 1]
    raise ValueError(f"unbalanced call in {line!r}")


def whole_program(script: str, language: str) -> str:
    """The script as a complete program of its own (see the module's docstring)."""
    lines = []
    for line in _TOFILL.sub("", script).splitlines():
        if "f_filled(" in line and "f_gold(" in line:
            call = balanced_call(line, line.index("f_gold("))
            indent = line[: len(line) - len(line.lstrip())]
            lines.append(indent + _PRINT[language].format(call=call))
        lines.append(line.replace("f_filled", "f_gold"))
    return "\n".join(lines) + "\n"


def same_up_to_formatting(expected: str, actual: str) -> bool:
    """Equal once numbers are read as numbers (relative 1e-6) and booleans as 0/1."""
    left, right = _tokens(expected), _tokens(actual)
    if len(left) != len(right):
        return False
    for a, b in zip(left, right, strict=True):
        if a == b:
            continue
        if not (_VALUE.match(a) and _VALUE.match(b)) or not math.isclose(
            float(a), float(b), rel_tol=1e-6, abs_tol=1e-9
        ):
            return False
    return True


def _tokens(text: str) -> list[str]:
    words = re.findall(r"[^\s,:]+", text)
    return [{"true": "1", "True": "1", "false": "0", "False": "0"}.get(w, w) for w in words]


def run_direction(bench: Path, source: str, target: str, limit: int | None) -> tuple[list[Item], list[str]]:
    tasks = load_tasks(bench, source, target)[:limit]
    programs = [whole_program(task.source_script, source) for task in tasks]
    reference_runs = run_programs(source, programs, limits=LIMITS)
    items: list[Item] = []
    excluded: list[str] = []
    pending: list[tuple[int, str, str]] = []  # item index, translation, expected output
    for task, program, run in zip(tasks, programs, reference_runs, strict=True):
        if run.status is not RunStatus.OK:
            excluded.append(f"{task.id}: the source program {run.status.value}")
            continue
        try:
            translation = translate(program, source=source, target=target, output="file")
        except TranscoderError as error:
            items.append(Item(task.id, "refused", str(error).splitlines()[0][:200] if str(error) else ""))
            continue
        except Exception as error:
            items.append(Item(task.id, "engine_crash", f"{type(error).__name__}: {error}"[:200]))
            continue
        items.append(Item(task.id, "pending"))
        pending.append((len(items) - 1, translation, run.stdout))
    runs = run_programs(target, [translation for _, translation, _ in pending], limits=LIMITS)
    for (index, _, expected), run in zip(pending, runs, strict=True):
        item = items[index]
        if run.status is not RunStatus.OK:
            item.status, item.detail = run.status.value, run.stderr.strip()[-200:]
        elif run.stdout == expected or run.stdout.strip() == expected.strip():
            item.status = "passed"
        elif same_up_to_formatting(expected, run.stdout):
            item.status, item.detail = "formatting", f"expected {expected[:80]!r}, got {run.stdout[:80]!r}"
        else:
            item.status, item.detail = "wrong_output", f"expected {expected[:80]!r}, got {run.stdout[:80]!r}"
    return items, excluded


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bench_dir")
    parser.add_argument("--directions", help="comma-separated source-target pairs, e.g. cpp-java,python-cpp")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--json")
    args = parser.parse_args(argv)
    directions = (
        [tuple(d.split("-", 1)) for d in args.directions.split(",")] if args.directions else DIRECTIONS
    )
    report: dict[str, object] = {}
    rows = ["| direction | programs | translated | program-level CA (exact output) | equal up to number formatting "
            "| refused | engine crashes | seconds |", "|---|---|---|---|---|---|---|---|"]  # fmt: skip
    for source, target in directions:
        started = time.monotonic()
        items, excluded = run_direction(Path(args.bench_dir), source, target, args.limit)
        count = len(items)
        passed = sum(1 for i in items if i.status == "passed")
        formatting = sum(1 for i in items if i.status == "formatting")
        refused = sum(1 for i in items if i.status == "refused")
        crashes = sum(1 for i in items if i.status == "engine_crash")
        share = f"{100 * passed / count:.1f}% ({passed}/{count})" if count else "-"
        rows.append(f"| {source} -> {target} | {count} | {count - refused - crashes} | {share} | "
                    f"{passed + formatting} | {refused} | {crashes} | {time.monotonic() - started:.0f} |")  # fmt: skip
        report[f"{source}->{target}"] = {"items": [asdict(i) for i in items], "excluded": excluded}
        for line in excluded:
            print(f"  left out ({source} -> {target}): {line}", file=sys.stderr)
    print("\n".join(rows))
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
