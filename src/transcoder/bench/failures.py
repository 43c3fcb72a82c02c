"""Why a GfG item failed, in a reader's terms: its first failing test (the arguments of that test
as the script writes them) or the compiler's first error line.

The benchmark scripts print only ``#Results: passed, total``. To find the first failing test, the
filled script is rerun (in the sandbox, like every candidate) with one change: each passing test
also prints its index. The first index missing from that output is the first failing test (for
a crash, the test the program died on).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from transcoder.bench.gfg import fill, parse_results, script_path

PASS_MARK = "#Passed "
RERUN_WALL_SECONDS = 20.0
ARGUMENT_CHARS = 300  # longer argument lists are cut in the report
# The template's success line in each language (every script of the benchmark has exactly one),
# and what it becomes: the same increment, then the test's index printed and flushed.
_SUCCESS = {
    "cpp": (
        re.compile(r"n_success\s*\+=\s*1\s*;"),
        'n_success+=1; std::cout << "#Passed " << i << std::endl;',
    ),
    "java": (re.compile(r"n_success\s*\+=\s*1\s*;"), 'n_success+=1; System.out.println("#Passed " + i);'),
    "python": (
        re.compile(r"n_success\s*\+=\s*1[ \t]*$", re.M),
        'n_success+=1; print("#Passed %d" % i, flush=True)',
    ),
}


def instrument(language: str, script: str) -> str | None:
    """``script`` printing the index of each passing test; None when it is not the template's."""
    pattern, replacement = _SUCCESS[language]
    if len(pattern.findall(script)) != 1:
        return None
    return pattern.sub(lambda _match: replacement, script)


def _python_arguments(script: str) -> list[list[str]]:
    for node in ast.walk(ast.parse(script)):
        if (
            isinstance(node, ast.Assign)
            and [getattr(t, "id", None) for t in node.targets] == ["param"]
            and isinstance(node.value, ast.List)
        ):
            return [
                [ast.get_source_segment(script, e) or "?" for e in getattr(test, "elts", [test])]
                for test in node.value.elts
            ]
    return []


def _nodes(language: str, script: str) -> list[Any]:
    """Every node of ``script``'s syntax tree, in document order."""
    from transcoder.languages import get_language

    found, stack = [], [get_language(language).parse(script).root_node]
    while stack:
        node = stack.pop()
        found.append(node)
        stack.extend(reversed(node.children))
    return found


def _text(node: Any) -> str:
    return (node.text or b"").decode("utf-8")


def _cpp_arguments(script: str) -> list[list[str]]:
    """``vector<T> paramK {a, b, ...};``"""
    columns: dict[int, list[str]] = {}
    for node in _nodes("cpp", script):
        declarator, value = node.child_by_field_name("declarator"), node.child_by_field_name("value")
        if node.type != "init_declarator" or declarator is None or value is None:
            continue
        name = re.fullmatch(r"param(\d+)", _text(declarator))
        if name and value.type == "initializer_list":
            columns[int(name.group(1))] = [_text(c) for c in value.named_children]
    return _transpose(columns)


def _java_arguments(script: str) -> list[list[str]]:
    """``paramK.add(a);`` statements, or ``List<T> paramK = Arrays.asList(a, b, ...);``"""
    columns: dict[int, list[str]] = {}
    for node in _nodes("java", script):
        if node.type == "method_invocation":
            target, method = node.child_by_field_name("object"), node.child_by_field_name("name")
            name = re.fullmatch(r"param(\d+)", _text(target)) if target is not None else None
            arguments = node.child_by_field_name("arguments")
            if name and method is not None and _text(method) == "add" and arguments is not None:
                columns.setdefault(int(name.group(1)), []).extend(_text(a) for a in arguments.named_children)
        elif node.type == "variable_declarator":
            name = re.fullmatch(r"param(\d+)", _text(node.child_by_field_name("name") or node))
            value = node.child_by_field_name("value")
            if name and value is not None and value.type == "method_invocation" and "asList" in _text(value):
                arguments = value.child_by_field_name("arguments")
                columns[int(name.group(1))] = (
                    [_text(a) for a in arguments.named_children] if arguments else []
                )
    return _transpose(columns)


def _transpose(columns: dict[int, list[str]]) -> list[list[str]]:
    if not columns:
        return []
    count = min(len(values) for values in columns.values())
    return [[columns[k][i] for k in sorted(columns)] for i in range(count)]


def script_arguments(language: str, script: str) -> list[list[str]]:
    """The arguments of each test of a benchmark script, as source text: ``[[arg, ...], ...]``."""
    try:
        return {"cpp": _cpp_arguments, "java": _java_arguments, "python": _python_arguments}[language](script)
    except (SyntaxError, KeyError):
        return []


def first_error_line(message: str) -> str:
    """The first line of a compiler's output that names an error (else the first line)."""
    lines = [line.strip() for line in message.splitlines() if line.strip()]
    return next((line for line in lines if re.search(r"\berror\b|Error:", line)), lines[0] if lines else "")


def _describe(index: int, total: int, arguments: list[list[str]]) -> str:
    shown = ", ".join(arguments[index]) if index < len(arguments) else "?"
    if len(shown) > ARGUMENT_CHARS:
        shown = shown[:ARGUMENT_CHARS] + "..."
    return f"test {index + 1} of {total} fails: f({shown})"


def first_failures(report: dict[str, Any]) -> dict[str, str]:
    """Item ID -> its first failing test, for the items of an eval report that ran and did not pass
    all tests (``failed``, ``runtime_error``); {} when the benchmark scripts are not at hand."""
    from transcoder.verify.runners import Limits, run_programs

    bench_dir, target = Path(report.get("bench_dir", "")), report["target"]
    wanted = [
        i for i in report["items"] if i["status"] in ("failed", "runtime_error") and i.get("candidates")
    ]
    programs: list[tuple[str, str, list[list[str]]]] = []  # (ID, instrumented program, test arguments)
    for item in wanted:
        path = script_path(bench_dir, target, item["id"])
        if not path.is_file():
            continue
        script = path.read_text(encoding="utf-8")
        instrumented = instrument(target, fill(target, script, item["candidates"][0]))
        if instrumented is not None:
            programs.append((item["id"], instrumented, script_arguments(target, script)))
    runs = run_programs(target, [p for _, p, _ in programs], limits=Limits(wall_seconds=RERUN_WALL_SECONDS))
    found: dict[str, str] = {}
    for (identifier, _, arguments), run in zip(programs, runs, strict=True):
        passed = {int(n) for n in re.findall(rf"^{PASS_MARK}(\d+)$", run.stdout or "", re.M)}
        counts = parse_results(run.stdout or "")
        total = counts[1] if counts else len(arguments)
        failing = sorted(set(range(total)) - passed)
        if failing:
            found[identifier] = _describe(failing[0], total, arguments)
    return found


def failure_details(report: dict[str, Any], identifiers: Sequence[str] | None = None) -> dict[str, str]:
    """Item ID -> the one line a reader needs: the first failing test, or the compiler's first
    error, or the engine's or the run's message."""
    tests = first_failures(report)
    details: dict[str, str] = {}
    for item in report["items"]:
        if item["status"] == "passed" or (identifiers is not None and item["id"] not in identifiers):
            continue
        message = item.get("message", "")
        if item["status"] == "compile_error":
            details[item["id"]] = first_error_line(message)
        elif item["id"] in tests:
            crash = (
                f" (the program stopped there: {first_error_line(message)})"
                if item["status"] == "runtime_error"
                else ""
            )
            details[item["id"]] = tests[item["id"]] + crash
        else:
            details[item["id"]] = message.strip().splitlines()[0] if message.strip() else item["status"]
    return details
