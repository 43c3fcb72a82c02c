"""C++ project context (see ``rules/context.py``): the headers a file includes with
``#include "..."`` that the context holds, read in place of the include line (each header once, its
own quoted includes likewise; ``#pragma once`` left out, include guards read as the front end reads
them). A header's class declarations are then the file's: the members the file defines translate,
and a member declared in the header but defined in another file is refused by name
(``cpp/frontend/classes.py``), since its body is not read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import tree_sitter

from transcoder.engines.rules.context_files import ANY_TYPE, ContextFile, Splice
from transcoder.languages.common import node_text

_INCLUDE = re.compile(r'^\s*#\s*include\s*"([^"]+)"')
_PRAGMA_ONCE = re.compile(r"^\s*#\s*pragma\s+once\b")
_MAX_DEPTH = 16


def _find(path: str, files: Sequence[ContextFile], including: str | None) -> ContextFile | None:
    """The context file ``#include "path"`` names: beside the including file, then anywhere whose
    path ends with it."""
    wanted = path.replace("\\", "/").lstrip("./")
    if including is not None and "/" in including:
        beside = including.rsplit("/", 1)[0] + "/" + wanted
        for context_file in files:
            if context_file.name == beside:
                return context_file
    for context_file in files:
        if context_file.name == wanted or context_file.name.endswith("/" + wanted):
            return context_file
    return None


def _expand(
    text: str,
    origin: str | None,
    files: Sequence[ContextFile],
    seen: set[str],
    out: list[tuple[str, str | None, int]],
    depth: int,
) -> None:
    for number, line in enumerate(text.splitlines(), start=1):
        included = _INCLUDE.match(line)
        found = _find(included.group(1), files, origin) if included is not None else None
        if found is not None and depth < _MAX_DEPTH:
            if found.name not in seen:
                seen.add(found.name)
                _expand(found.text, found.name, files, seen, out, depth + 1)
            else:
                out.append(("", origin, number))
            continue
        out.append(("" if _PRAGMA_ONCE.match(line) else line, origin, number))


def splice_cpp(code: str, files: Sequence[ContextFile]) -> Splice | None:
    if not any(_INCLUDE.match(line) for line in code.splitlines()):
        return None
    out: list[tuple[str, str | None, int]] = []
    _expand(code, None, files, set(), out, 0)
    if all(origin is None for _, origin, _ in out):
        return None
    return Splice(
        "\n".join(line for line, _, _ in out) + "\n", [(origin, number) for _, origin, number in out]
    )


def explain_cpp(code: str, files: Sequence[ContextFile]) -> dict[str, str]:
    """The project headers the file includes that the context does not hold (see ``context.explain``):
    a note for every refusal that names a type or class."""

    missing = [
        f'"{included.group(1)}"'
        for line in code.splitlines()
        if (included := _INCLUDE.match(line)) is not None and _find(included.group(1), files, None) is None
    ]
    if not missing:
        return {}
    where = "which the context does not hold" if files else "not given as context (--context)"
    shown = ", ".join(missing[:3]) + (f" and {len(missing) - 3} more" if len(missing) > 3 else "")
    return {ANY_TYPE: f"the file includes {shown}, {where}"}


def extern_declaration(node: tree_sitter.Node, top: Sequence[tree_sitter.Node]) -> str | None:
    """For ``extern int counter;`` (a top-level declaration ``node``): None when it is not one, ""
    when the input also defines the variable (the declaration adds nothing), else the name of a
    variable defined in another file, whose value the input does not hold (a header's ``extern``
    read from the context, typically)."""
    if not any(c.type == "storage_class_specifier" and node_text(c) == "extern" for c in node.children):
        return None
    declarators = node.children_by_field_name("declarator")
    if any(d.type == "init_declarator" for d in declarators):
        return None  # `extern int n = 5;` defines it
    names = [_declared_name(d) for d in declarators]
    for other in top:
        if other is node or other.type != "declaration":
            continue
        if any(c.type == "storage_class_specifier" and node_text(c) == "extern" for c in other.children):
            continue
        defined = {_declared_name(d) for d in other.children_by_field_name("declarator")}
        names = [n for n in names if n not in defined]
    return names[0] if names else ""


def _declared_name(declarator: tree_sitter.Node) -> str:
    while declarator.type not in ("identifier", "field_identifier") and declarator.named_children:
        inner = declarator.child_by_field_name("declarator")
        declarator = inner if inner is not None else declarator.named_children[0]
    return node_text(declarator)
