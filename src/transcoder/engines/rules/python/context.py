"""Python project context (see ``rules/context.py``): what a file imports from a module of its
package (``from .mod import A``, ``from pkg.mod import A``, ``mod`` a context file), read as
declarations in place of the import statement.

Read: a module-level constant given a literal and assigned nowhere else in its module
(``LIMIT = 100``, ``NAMES = ("a", "b")``), and an exception class that only renames a standard
exception or another such class of the same module (``class ShapeError(ValueError): pass``, see
``user_exceptions.py``). Not read, and named with the reason when the translation refuses them: a
function or a class with members (their bodies are not read), and any other module-level value.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Sequence

from transcoder.engines.rules import exceptions
from transcoder.engines.rules.context_files import ContextFile, Splice

_TRIVIAL = (ast.Pass,)


def _parse(text: str) -> ast.Module | None:
    try:
        return ast.parse(text)
    except (SyntaxError, ValueError):
        return None


def _assigned_once(module: ast.Module, name: str) -> bool:
    count = 0
    for node in ast.walk(module):
        if isinstance(node, ast.Name) and node.id == name and isinstance(node.ctx, ast.Store | ast.Del):
            count += 1
        elif isinstance(node, ast.Global | ast.Nonlocal) and name in node.names:
            return False
    return count == 1


def _literal(value: ast.expr) -> bool:
    try:
        ast.literal_eval(value)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return False
    return not isinstance(value, ast.Dict | ast.Set) and "Call" not in ast.dump(value)


def _only_renames(node: ast.ClassDef, renames: dict[str, str]) -> bool:
    """Whether a class only renames a standard exception (or another such class)."""
    if (
        len(node.bases) != 1
        or node.keywords
        or node.decorator_list
        or not isinstance(node.bases[0], ast.Name)
    ):
        return False
    base = renames.get(node.bases[0].id, node.bases[0].id)
    if exceptions.read("python", base) is None:
        return False
    return all(
        isinstance(s, _TRIVIAL)
        or (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant) and s.value.value in (Ellipsis,))
        or (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant) and isinstance(s.value.value, str))
        for s in node.body
    )


def _declarations(
    context_file: ContextFile, module: ast.Module
) -> tuple[dict[str, tuple[int, str]], dict[str, str]]:
    """The names ``module`` declares in a way that can be read (name -> (line, text)) and the others
    (name -> why not)."""
    read: dict[str, tuple[int, str]] = {}
    notes: dict[str, str] = {}
    renames: dict[str, str] = {}
    where = f"context file {context_file.name}"
    for statement in module.body:
        if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
            target = statement.targets[0]
            if isinstance(target, ast.Name):
                segment = ast.get_source_segment(context_file.text, statement.value)
                if (
                    _literal(statement.value)
                    and _assigned_once(module, target.id)
                    and segment
                    and "\n" not in segment
                ):
                    read[target.id] = (statement.lineno, f"{target.id} = {segment}")
                else:
                    notes[target.id] = f"'{target.id}' of {where} is not a constant given a literal"
        elif isinstance(statement, ast.ClassDef):
            if _only_renames(statement, renames):
                base = statement.bases[0]
                assert isinstance(base, ast.Name)
                renames[statement.name] = renames.get(base.id, base.id)
                read[statement.name] = (statement.lineno, f"class {statement.name}({base.id}):\n    pass")
            else:
                notes[statement.name] = (
                    f"'{statement.name}' is a class of {where} (the bodies of context files are not read)"
                )
        elif isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef):
            notes[statement.name] = (
                f"'{statement.name}' is a function of {where} (the bodies of context files are not read)"
            )
    return read, notes


def _needs(text: str, read: dict[str, tuple[int, str]], name: str, seen: set[str]) -> list[str]:
    """``name`` after the classes of its module it renames (bases first)."""
    if name in seen or name not in read:
        return []
    seen.add(name)
    declaration = read[name][1]
    order: list[str] = []
    if declaration.startswith("class "):
        base = declaration.split("(", 1)[1].split(")", 1)[0]
        order.extend(_needs(text, read, base, seen))
    return [*order, name]


def splice_python(code: str, files: Sequence[ContextFile]) -> Splice | None:
    tree = _parse(code)
    if tree is None:
        return None
    by_stem = {f.stem: f for f in files if f.name.endswith(".py")}
    lines = code.splitlines()
    replaced: dict[int, tuple[int, list[tuple[str, int, str]]]] = {}  # first line -> (last, new lines)
    notes: dict[str, str] = {}
    for statement in tree.body:
        if not isinstance(statement, ast.ImportFrom) or not statement.module:
            continue
        context_file = by_stem.get(statement.module.rsplit(".", 1)[-1])
        module = _parse(context_file.text) if context_file is not None else None
        if context_file is None or module is None or any(a.name == "*" for a in statement.names):
            continue
        read, why = _declarations(context_file, module)
        brought: list[str] = []
        seen: set[str] = set()
        kept = []
        for alias in statement.names:
            if alias.asname is None and alias.name in read:
                brought.extend(_needs(context_file.text, read, alias.name, seen))
            else:
                kept.append(alias)
                if alias.name in why:
                    notes[alias.asname or alias.name] = why[alias.name]
        if not brought:
            continue
        new: list[tuple[str, int, str]] = []
        if kept:
            names = ", ".join(a.name + (f" as {a.asname}" if a.asname else "") for a in kept)
            new.append(
                ("", statement.lineno, f"from {'.' * statement.level}{statement.module} import {names}")
            )
        for name in brought:
            line, declaration = read[name]
            new.extend((context_file.name, line, part) for part in declaration.splitlines())
        end = statement.end_lineno or statement.lineno
        if ";" in lines[end - 1]:
            continue  # another statement on the import's line: left as it is
        replaced[statement.lineno] = (end, new)
    if not replaced:
        return Splice(code, [(None, n) for n in range(1, len(lines) + 1)], notes) if notes else None
    spliced: list[str] = []
    origins: list[tuple[str | None, int]] = []
    number = 1
    while number <= len(lines):
        if number in replaced:
            end, new = replaced[number]
            for origin, line, part in new:
                spliced.append(part)
                origins.append((origin or None, line))
            number = end + 1
            continue
        spliced.append(lines[number - 1])
        origins.append((None, number))
        number += 1
    return Splice("\n".join(spliced) + "\n", origins, notes)


def explain_python(code: str, files: Sequence[ContextFile]) -> dict[str, str]:
    """Where the names the file imports come from, when the context does not declare them readably
    (see ``context.explain``)."""
    tree = _parse(code)
    if tree is None:
        return {}
    stems = {f.stem for f in files if f.name.endswith(".py")}
    notes = {}
    for statement in tree.body:
        if not isinstance(statement, ast.ImportFrom):
            continue
        module = "." * statement.level + (statement.module or "")
        last = (statement.module or "").rsplit(".", 1)[-1]
        if last in stems:
            continue  # the context holds it: its own notes say what was not read
        top = (statement.module or "").split(".", 1)[0]
        if statement.level == 0 and top in sys.stdlib_module_names:
            where = "a library module, whose classes and functions are not read"
        elif files:
            where = "which the context does not hold"
        else:
            where = "not given as context (--context)"
        for alias in statement.names:
            if alias.name != "*":
                notes[alias.asname or alias.name] = (
                    f"'{alias.asname or alias.name}' is imported from {module}, {where}"
                )
    return notes
