"""Which GfG benchmark items have a source ``f_gold`` that disagrees with the target ``f_gold``.

CA compares a translation with the *target* language's reference on the target's test inputs. Where
the source reference computes something else on those inputs (a Python ``/`` that is float division
where the C++ reference divides integers, a C++ ``int`` that overflows where Python's does not), a
faithful translation of the source fails. This script runs both references on each test input and
lists the items where they differ, so failure tables can separate these from translation errors.

    python benchmarks/gfg_agreement.py ../shared/benchmarks/transcoder-gfg/valid --source python --target cpp

Prints one line per disagreeing ID and a summary; ``--json FILE`` writes ``{id: "agree"|"disagree"|"unknown"}``;
``--report REPORT.json`` (from ``transcoder eval``) also prints that report's failures by cause, and with
``--verdicts FILE`` (an earlier ``--json``) does only that, without running anything.
Items whose check is not an equality (float tolerance) or whose function returns nothing are "unknown".
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from transcoder.bench.gfg import fill, gold_function, load_tasks
from transcoder.verify.runners import Limits, run_programs

_CALL = {"cpp": re.compile(r"^(\s*)if\s*\(\s*f_filled\((.*)\)\s*==\s*f_gold\((.*)\)\s*\)\s*$")}
_CALL["java"] = _CALL["cpp"]
_PY_CALL = re.compile(r"^(\s*)if f_filled\(\*parameters_set\) == f_gold\(\*parameters_set\):\s*$")


def probe_target(language: str, script: str) -> str | None:
    """The target script with its reference filled in, printing ``R:<f_gold(args)>`` per test instead of comparing."""
    lines = script.splitlines()
    for index, line in enumerate(lines):
        match = _CALL[language].match(line)
        if match:
            indent, _, gold_args = match.groups()
            show = (
                f'cout << "R:" << f_gold({gold_args}) << "\\n";'
                if language == "cpp"
                else f'System.out.println("R:" + f_gold({gold_args}));'
            )
            lines[index] = f"{indent}{show} if (false)"
            return fill(language, "\n".join(lines) + "\n", gold_function(language, script))
    return None


def probe_python(script: str) -> str | None:
    lines = script.splitlines()
    for index, line in enumerate(lines):
        match = _PY_CALL.match(line)
        if match:
            indent = match.group(1)
            lines[index] = f'{indent}print("R:" + _show(f_gold(*parameters_set)))\n{indent}if False:'
            helper = "def _show(v):\n    return str(int(v)) if isinstance(v, bool) else str(v)\n"
            return fill("python", helper + "\n".join(lines) + "\n", gold_function("python", script))
    return None


def results(stdout: str) -> list[str]:
    values = [line[2:].strip() for line in stdout.splitlines() if line.startswith("R:")]
    return [{"true": "1", "false": "0"}.get(v, v) for v in values]


def category(item: dict[str, str], verdict: str) -> str:
    """The failure cause of one non-passing report item, in the words of the failure table."""
    status, message = item["status"], item["message"]
    if status == "translation_error":
        if "print()" in message:
            return "refused: print() (output is not translated)"
        if "static type" in message or "incompatible types" in message:
            return "refused: a name or result with two types"
        if "cannot translate to" in message:
            return (
                "refused by the back end: "
                + message.split("cannot translate to ", 1)[1].split(":", 1)[1].strip()[:40]
            )
        detail = message.split("rules engine: ", 1)[-1].removeprefix("unsupported Python construct: ")
        detail = re.sub(r"'[^']*'", "X", detail.split(" (")[0].split(":")[0])
        return "refused: " + detail[:60]
    if verdict == "disagree":
        return "the source and target references disagree on the tests"
    if status == "compile_error" and re.search(r"cannot be converted|incomparable types|invalid conversion|"
                                               r"invalid initialization|cannot be dereferenced", message):  # fmt: skip
        return "the test calls with types the Python does not show"
    if verdict == "unknown":
        return f"{status.replace('_', ' ')} (references not compared: float tolerance or no return value)"
    return f"{status.replace('_', ' ')} (translation bug)"


def failure_table(report_path: str, verdicts: dict[str, str]) -> str:
    report = json.loads(Path(report_path).read_text())
    counts: dict[str, int] = {}
    for item in report["items"]:
        if item["status"] in ("passed", "reference_error"):
            continue
        key = category(item, verdicts.get(item["id"], "unknown"))
        counts[key] = counts.get(key, 0) + 1
    lines = [f"{report['source']} -> {report['target']}: CA {report['passed']}/{report['total']}", "",
             "| cause | items |", "|---|---|"]  # fmt: skip
    lines += [
        f"| {cause} | {count} |" for cause, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bench_dir")
    parser.add_argument("--source", default="python")
    parser.add_argument("--target", required=True, choices=["cpp", "java"])
    parser.add_argument("--json", help="write the per-ID verdicts to this file")
    parser.add_argument("--verdicts", help="read the verdicts from this --json file instead of running")
    parser.add_argument("--report", help="a `transcoder eval` report: print its failures by cause")
    args = parser.parse_args()
    if args.source != "python":
        parser.error("only --source python is supported")
    if args.verdicts:
        print(failure_table(args.report, json.loads(Path(args.verdicts).read_text())))
        return 0
    tasks = load_tasks(Path(args.bench_dir), args.source, args.target)
    probes = [
        (task.id, probe_python(task.source_script), probe_target(args.target, task.target_script))
        for task in tasks
    ]
    runnable = [(i, s, t) for i, s, t in probes if s is not None and t is not None]
    limits = Limits(wall_seconds=20.0)
    source_runs = run_programs("python", [s for _, s, _ in runnable], limits=limits)
    target_runs = run_programs(args.target, [t for _, _, t in runnable], limits=limits)
    verdicts = {task_id: "unknown" for task_id, _, _ in probes}
    for (task_id, _, _), source, target in zip(runnable, source_runs, target_runs, strict=True):
        expected, actual = results(source.stdout), results(target.stdout)
        if (
            not expected
            or len(expected) != len(actual)
            or source.status.value != "ok"
            or target.status.value != "ok"
        ):
            continue
        verdicts[task_id] = "agree" if expected == actual else "disagree"
    for task_id, verdict in sorted(verdicts.items()):
        if verdict == "disagree":
            print(task_id)
    counts = {v: sum(1 for x in verdicts.values() if x == v) for v in ("agree", "disagree", "unknown")}
    print(f"{args.source} vs {args.target} references: {counts}", file=sys.stderr)
    if args.json:
        Path(args.json).write_text(json.dumps(verdicts, indent=1, sort_keys=True) + "\n")
    if args.report:
        print(failure_table(args.report, verdicts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
