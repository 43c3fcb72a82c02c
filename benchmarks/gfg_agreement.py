"""Which GfG benchmark items have a source ``f_gold`` that disagrees with the target ``f_gold``.

CA compares a translation with the *target* language's reference on the target's test inputs. Where
the source reference computes something else on those inputs (a Python ``/`` that is float division
where the C++ reference divides integers, a C++ ``int`` that overflows where Python's does not), a
faithful translation of the source fails. This script runs both references on each test input and
lists the items where they differ, so failure tables can separate these from translation errors.

    python benchmarks/gfg_agreement.py ../shared/benchmarks/transcoder-gfg/valid --source python --target cpp

Any of the six directions between cpp, java and python works. Values are compared as printed, with
booleans as 0/1 and numbers that print differently (``2.5`` / ``2.50000``) compared as floats to 6
significant digits, the precision C++'s ``cout`` prints (``testgen.same_result``, the comparison of
generated tests, with that tolerance).

Prints one line per disagreeing ID and a summary; ``--json FILE`` writes ``{id: "agree"|"disagree"|"unknown"}``;
``--report REPORT.json`` (from ``transcoder eval``) also prints that report's failures by cause: it
runs each failing translation on the target's tests and compares it with the *source's*
reference, so a failure where the translation computes what its source computes (and the target's
reference computes something else) is told apart from a translation bug.
Items whose check is not an equality (float tolerance) or whose function returns nothing are "unknown".
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

from transcoder.bench.gfg import fill, gold_function, load_tasks
from transcoder.verify.runners import Limits, RunResult, run_programs
from transcoder.verify.testgen import same_result

# The scripts print results their own way: C++'s ``cout`` with 6 significant digits (``2.33333``
# for 7 / 3.0), so numbers compare to that precision, looser than generated tests' full digits.
PRINTED_TOLERANCE = 1e-5

_CALL = {"cpp": re.compile(r"^(\s*)if\s*\(\s*f_filled\((.*)\)\s*==\s*f_gold\((.*)\)\s*\)\s*$")}
_CALL["java"] = _CALL["cpp"]
_PY_CALL = re.compile(r"^(\s*)if f_filled\(\*parameters_set\) == f_gold\(\*parameters_set\):\s*$")


def probe_target(language: str, script: str, candidate: str | None = None) -> str | None:
    """The script printing ``R:<result>`` per test instead of comparing: the reference's result, or
    with ``candidate`` that candidate's (filled in as ``f_filled``)."""
    lines = script.splitlines()
    for index, line in enumerate(lines):
        match = _CALL[language].match(line)
        if match:
            indent, filled_args, gold_args = match.groups()
            call = f"f_gold({gold_args})" if candidate is None else f"f_filled({filled_args})"
            show = (
                f'cout << "R:" << {call} << "\\n";'
                if language == "cpp"
                else f'System.out.println("R:" + {call});'
            )
            lines[index] = f"{indent}{show} if (false)"
            return fill(language, "\n".join(lines) + "\n", candidate or gold_function(language, script))
    return None


def probe_python(script: str, candidate: str | None = None) -> str | None:
    lines = script.splitlines()
    for index, line in enumerate(lines):
        match = _PY_CALL.match(line)
        if match:
            indent = match.group(1)
            call = "f_gold" if candidate is None else "f_filled"
            lines[index] = f'{indent}print("R:" + _show({call}(*parameters_set)))\n{indent}if False:'
            helper = "def _show(v):\n    return str(int(v)) if isinstance(v, bool) else str(v)\n"
            return fill(
                "python", helper + "\n".join(lines) + "\n", candidate or gold_function("python", script)
            )
    return None


def probe(language: str, script: str, candidate: str | None = None) -> str | None:
    """``script`` printing its reference's (or ``candidate``'s) result per test; None if its check
    is not an equality."""
    if language == "python":
        return probe_python(script, candidate)
    return probe_target(language, script, candidate)


def results(stdout: str) -> list[str]:
    values = [line[2:].strip() for line in stdout.splitlines() if line.startswith("R:")]
    return [{"true": "1", "false": "0", "True": "1", "False": "0"}.get(v, v) for v in values]


def compare(first: RunResult, second: RunResult) -> str:
    """ "agree", "disagree", or "unknown" (a run failed, printed nothing, or printed another count)."""
    expected, actual = results(first.stdout), results(second.stdout)
    if (
        not expected
        or len(expected) != len(actual)
        or first.status.value != "ok"
        or second.status.value != "ok"
    ):
        return "unknown"
    agree = all(same_result(a, b, rel_tol=PRINTED_TOLERANCE) for a, b in zip(expected, actual, strict=True))
    return "agree" if agree else "disagree"


def category(item: dict[str, Any], verdict: str, faithful: str) -> str:
    """The failure cause of one non-passing report item, in the words of the failure table.

    ``verdict`` compares the two references, ``faithful`` the translation with its source's reference
    (both on the tests' inputs)."""
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
    if faithful == "agree":
        return "faithful: the translation computes what its source computes; the target's reference differs"
    if status == "compile_error" and re.search(r"cannot be converted|incomparable types|invalid conversion|"
                                               r"invalid initialization|cannot be dereferenced", message):  # fmt: skip
        return "compile error: the tests call another interface (types) than the translation's"
    if verdict == "disagree":
        return f"{status.replace('_', ' ')}: the references disagree, and the translation matches neither"
    if verdict == "unknown":
        return f"{status.replace('_', ' ')} (not compared: float tolerance, no return value, or a crash)"
    return f"{status.replace('_', ' ')} (translation bug)"


def failure_table(report: dict[str, Any], verdicts: dict[str, str], faithful: dict[str, str]) -> str:
    counts: dict[str, list[str]] = {}
    for item in report["items"]:
        if item["status"] in ("passed", "reference_error"):
            continue
        key = category(item, verdicts.get(item["id"], "unknown"), faithful.get(item["id"], "unknown"))
        counts.setdefault(key, []).append(item["id"])
    lines = [f"{report['source']} -> {report['target']}: CA {report['passed']}/{report['total']}", "",
             "| cause | items |", "|---|---|"]  # fmt: skip
    ordered = sorted(counts.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    lines += [f"| {cause} | {len(ids)} |" for cause, ids in ordered]
    lines.append("")
    lines += [f"{cause}:\n  " + "\n  ".join(sorted(ids)) for cause, ids in ordered]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bench_dir")
    parser.add_argument("--source", default="python", choices=["cpp", "java", "python"])
    parser.add_argument("--target", required=True, choices=["cpp", "java", "python"])
    parser.add_argument("--json", help="write the per-ID verdicts to this file")
    parser.add_argument("--report", help="a `transcoder eval` report: print its failures by cause")
    args = parser.parse_args()
    if args.source == args.target:
        parser.error("--source and --target must differ")
    report = json.loads(Path(args.report).read_text()) if args.report else None
    if report is not None and (report["source"], report["target"]) != (args.source, args.target):
        parser.error(f"the report is {report['source']} -> {report['target']}")
    tasks = load_tasks(Path(args.bench_dir), args.source, args.target)
    probes = [
        (task.id, probe(args.source, task.source_script), probe(args.target, task.target_script))
        for task in tasks
    ]
    runnable = [(i, s, t) for i, s, t in probes if s is not None and t is not None]
    limits = Limits(wall_seconds=20.0)
    source_runs = run_programs(args.source, [s for _, s, _ in runnable], limits=limits)
    target_runs = run_programs(args.target, [t for _, _, t in runnable], limits=limits)
    verdicts = {task_id: "unknown" for task_id, _, _ in probes}
    source_by_id: dict[str, RunResult] = {}
    for (task_id, _, _), source, target in zip(runnable, source_runs, target_runs, strict=True):
        verdicts[task_id] = compare(source, target)
        source_by_id[task_id] = source
    for task_id, verdict in sorted(verdicts.items()):
        if verdict == "disagree":
            print(task_id)
    counts = {v: sum(1 for x in verdicts.values() if x == v) for v in ("agree", "disagree", "unknown")}
    print(f"{args.source} vs {args.target} references: {counts}", file=sys.stderr)
    if args.json:
        Path(args.json).write_text(json.dumps(verdicts, indent=1, sort_keys=True) + "\n")
    if report is not None:
        scripts = {task.id: task.target_script for task in tasks}
        failing = [
            (item["id"], probe(args.target, scripts[item["id"]], item["candidates"][0]))
            for item in report["items"]
            if item["status"] in ("failed", "runtime_error", "timeout") and item.get("candidates")
            and item["id"] in source_by_id and item["id"] in scripts
        ]  # fmt: skip
        failing = [(task_id, script) for task_id, script in failing if script is not None]
        runs = run_programs(args.target, [script for _, script in failing], limits=limits)
        faithful = {
            task_id: compare(source_by_id[task_id], run)
            for (task_id, _), run in zip(failing, runs, strict=True)
        }
        print(failure_table(report, verdicts, faithful))
    return 0


if __name__ == "__main__":
    sys.exit(main())
