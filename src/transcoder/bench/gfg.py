"""The GfG benchmark format: ``DIR/<lang>/<ID>.<ext>`` scripts, each with ``f_gold``, a ``TOFILL``
marker where the candidate goes (as ``f_filled``), and a ``main`` printing ``#Results: passed, total``.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import tree_sitter

from transcoder.errors import InputError
from transcoder.languages import FunctionInfo, get_language

GOLD_NAME = "f_gold"
FILLED_NAME = "f_filled"
_RESULTS = re.compile(r"#Results:\s*(\d+)\s*,\s*(\d+)")


@dataclass(frozen=True, slots=True)
class Task:
    """One benchmark ID with its scripts in the source and target languages."""

    id: str
    source_script: str
    target_script: str
    unreadable: str = ""  # why a script could not be read (its text is then ""), for the item's status


def script_path(bench_dir: Path, language: str, task_id: str) -> Path:
    return bench_dir / language / f"{task_id}{get_language(language).extensions[0]}"


def load_tasks(bench_dir: Path, source: str, target: str, ids: Sequence[str] | None = None) -> list[Task]:
    """Every ID with a script in both languages, sorted; ``ids`` restricts (and must all exist)."""
    source_ext = get_language(source).extensions[0]
    target_ext = get_language(target).extensions[0]
    for language in (source, target):
        if not (bench_dir / language).is_dir():
            raise InputError(f"benchmark directory has no '{language}' folder: {bench_dir / language}")
    source_ids = {p.name.removesuffix(source_ext) for p in (bench_dir / source).glob(f"*{source_ext}")}
    target_ids = {p.name.removesuffix(target_ext) for p in (bench_dir / target).glob(f"*{target_ext}")}
    common = sorted(source_ids & target_ids)
    if ids is not None:
        missing = [i for i in ids if i not in source_ids or i not in target_ids]
        if missing:
            raise InputError(f"no {source} and {target} scripts for id(s): {', '.join(missing[:5])}")
        wanted = set(ids)
        common = [i for i in common if i in wanted]
    tasks = []
    for i in common:
        texts, problems = [], []
        for language in (source, target):  # an unreadable script is its item's problem, not the run's
            path = script_path(bench_dir, language, i)
            try:
                texts.append(path.read_text(encoding="utf-8"))
            except UnicodeDecodeError as error:
                texts.append("")
                problems.append(f"{path.name} is not valid UTF-8 (byte {error.start})")
            except OSError as error:
                texts.append("")
                problems.append(f"cannot read {path.name}: {error.strerror}")
        tasks.append(Task(i, texts[0], texts[1], "; ".join(problems)))
    return tasks


# An evaluation reads each script once, but a process evaluating several directions (benchmarks/
# eval_speed.py runs all six) meets each script four times, as a source and as a target.
@lru_cache(maxsize=8192)
def gold(language: str, script: str) -> FunctionInfo:
    """``f_gold`` of a benchmark script (a frozen value: sharing one is safe)."""
    for function in get_language(language).extract_functions(script):
        if function.name == GOLD_NAME:
            return function
    raise InputError(f"no {GOLD_NAME} in the {language} script")


def gold_function(language: str, script: str) -> str:
    """The text of ``f_gold`` in a benchmark script."""
    return gold(language, script).text


def declaration(function: FunctionInfo) -> str:
    """A function's declaration (its text before the body): for ``f_gold``, the interface the tests call."""
    data = function.text.encode("utf-8")
    header = data[: function.body_start_byte - function.start_byte].decode("utf-8")
    return " ".join(header.split())


def _identifiers(node: tree_sitter.Node, name: bytes) -> list[tree_sitter.Node]:
    found = []
    stack = [node]
    while stack:
        current = stack.pop()
        if current.child_count == 0:
            if current.text == name and current.type.endswith("identifier"):
                found.append(current)
        else:
            stack.extend(current.children)
    return found


def rename_identifier(language: str, code: str, old: str, new: str) -> str:
    """Rename every identifier token ``old`` (not strings, comments or longer names) to ``new``."""
    data = code.encode("utf-8")
    tree = get_language(language).parse(code)
    for node in sorted(_identifiers(tree.root_node, old.encode()), key=lambda n: n.start_byte, reverse=True):
        data = data[: node.start_byte] + new.encode() + data[node.end_byte :]
    return data.decode("utf-8")


def split_candidate(language: str, candidate: str) -> tuple[list[str], str]:
    """(lines that must sit at the top of a file: Java imports, C++ includes; the rest). A Java
    candidate that is a whole file with one class gives that class's members, unwrapped, so that
    they can join another class."""
    if language == "java":
        candidate = _class_members(candidate)
    hoist = get_language(language).header_line
    hoisted: list[str] = []
    body: list[str] = []
    for line in candidate.splitlines():
        (hoisted if hoist is not None and hoist.match(line) else body).append(line)
    return [line.strip() for line in dict.fromkeys(hoisted)], "\n".join(body).strip("\n")


def _class_members(code: str) -> str:
    """``code`` with its one top-level class (no superclass, interfaces or type parameters)
    replaced by that class's members, dedented; anything else unchanged."""
    tree = get_language("java").parse(code)
    declarations = [node for node in tree.root_node.named_children if not node.type.endswith("comment")]
    classes = [node for node in declarations if node.type == "class_declaration"]
    others = [node for node in declarations if node.type not in ("class_declaration", "import_declaration")]
    if len(classes) != 1 or others or tree.root_node.has_error:
        return code
    [shell] = classes
    body = shell.child_by_field_name("body")
    if body is None or any(
        shell.child_by_field_name(f) for f in ("superclass", "interfaces", "type_parameters")
    ):
        return code
    data = code.encode("utf-8")
    inner = data[body.start_byte + 1 : body.end_byte - 1].decode("utf-8")
    members = textwrap.dedent(inner.strip("\n")) if inner.strip() else ""
    return (
        data[: shell.start_byte].decode("utf-8") + members + data[shell.end_byte :].decode("utf-8")
    ).strip("\n")


def fill(language: str, script: str, candidate: str) -> str:
    """The target script with ``candidate`` (``f_gold`` renamed ``f_filled``) at its TOFILL marker;
    a candidate's Java imports and C++ includes go to the top of the file, a whole Java file's
    class gives its members (``split_candidate``); nothing else changes."""
    marker = get_language(language).line_comment + "TOFILL"
    lines = script.splitlines(keepends=True)
    positions = [i for i, line in enumerate(lines) if line.strip() == marker]
    if not positions:
        raise InputError(f"no {marker} marker in the {language} script")
    renamed = rename_identifier(language, candidate, GOLD_NAME, FILLED_NAME)
    hoisted, body = split_candidate(language, renamed)
    lines[positions[0]] = body.strip("\n").rstrip() + "\n"
    if hoisted:
        top = 0
        if language == "java":  # imports must follow a package declaration
            top = next((i + 1 for i, line in enumerate(lines) if line.lstrip().startswith("package ")), 0)
        lines[top:top] = [line + "\n" for line in hoisted]
    return "".join(lines)


def parse_results(stdout: str) -> tuple[int, int] | None:
    """``(passed, total)`` from the last ``#Results:`` line, or None if there is none."""
    matches = _RESULTS.findall(stdout)
    if not matches:
        return None
    passed, total = matches[-1]
    return int(passed), int(total)
