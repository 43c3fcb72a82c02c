"""Java project context (see ``rules/context.py``): the interfaces and plain enums of the same
package that a file names (or of the package a single-type import names), read from the context
files as declarations and placed before the file's own types.

An interface is read with its abstract methods and its constants given a literal; its default and
static methods (which have bodies) are left out, so a call of one is refused as a method the
interface does not declare. An enum is read when it is a list of constants (no constructor,
fields or methods).

A class of the package (a base class of the file's, or one it builds or calls) is read with its
bodies: its fields, constructors and initialisers, and the methods whose name the file or another
member read names (the others, which nothing translated can call or override, are left out as an
interface's default methods are: a call of one is refused). Each line keeps its place in its
context file, so a refusal inside it names that file, line and column. Not read: a generic class,
a sealed one, one with nested types, an exception class other than one renaming a standard
exception (``java/frontend/user_exceptions.py``) and a class the engine knows from the JDK (``String``, ``Math``: a file of ``java.lang``
has their sources beside it). Anything else is not read either: a refusal of the type names it,
its file and why.
"""

from __future__ import annotations

from collections.abc import Sequence

import tree_sitter

from transcoder.engines.rules import exceptions
from transcoder.engines.rules.context_files import ContextFile, Splice
from transcoder.engines.rules.java.frontend.user_exceptions import renamed_exception
from transcoder.languages import get_language
from transcoder.languages.common import node_text, required

_TYPES = ("class_declaration", "interface_declaration", "enum_declaration", "record_declaration",
          "annotation_type_declaration")  # fmt: skip
_LITERALS = frozenset(
    {"decimal_integer_literal", "hex_integer_literal", "octal_integer_literal", "binary_integer_literal",
     "decimal_floating_point_literal", "string_literal", "character_literal", "true", "false"}
)  # fmt: skip


def _parse(text: str) -> tree_sitter.Node:
    return get_language("java").parse(text).root_node


def _walk(node: tree_sitter.Node) -> list[tree_sitter.Node]:
    found, stack = [], [node]
    while stack:
        current = stack.pop()
        found.append(current)
        stack.extend(reversed(current.named_children))
    return found


def _package(root: tree_sitter.Node) -> str:
    for child in root.named_children:
        if child.type == "package_declaration":
            return "".join(node_text(child).removeprefix("package").rstrip(";").split())
    return ""


def _used_names(root: tree_sitter.Node) -> tuple[set[str], list[str]]:
    """The type names the file declares, and those it names (in order of first use)."""
    declared: set[str] = set()
    used: dict[str, None] = {}
    for node in _walk(root):
        if node.type in _TYPES:
            name = node.child_by_field_name("name")
            if name is not None:
                declared.add(node_text(name))
        elif node.type == "type_identifier":
            used.setdefault(node_text(node), None)
        elif node.type in ("field_access", "method_invocation"):
            receiver = node.child_by_field_name("object")
            if receiver is not None and receiver.type == "identifier" and node_text(receiver)[:1].isupper():
                used.setdefault(node_text(receiver), None)
    return declared, list(used)


def _lookup(
    name: str, by_stem: dict[str, list[ContextFile]], package: str, cache: dict[str, tree_sitter.Node]
) -> tuple[ContextFile, tree_sitter.Node] | None:
    """The top-level type ``name`` of a context file named after it, in ``package``."""
    for context_file in by_stem.get(name, []):
        if context_file.name not in cache:
            cache[context_file.name] = _parse(context_file.text)
        root = cache[context_file.name]
        if _package(root) != package:
            continue
        for node in root.named_children:
            found = node.child_by_field_name("name") if node.type in _TYPES else None
            if found is not None and node_text(found) == name:
                return context_file, node
    return None


def _imported(root: tree_sitter.Node) -> dict[str, str]:
    """The packages of the file's single-type imports (``import a.b.C;``: C -> a.b)."""
    found = {}
    for child in root.named_children:
        text = "".join(node_text(child).split())
        if (
            child.type == "import_declaration"
            and not text.startswith("importstatic")
            and not text.endswith("*;")
        ):
            package, _, name = text.removeprefix("import").rstrip(";").rpartition(".")
            found[name] = package
    return found


def _interface(node: tree_sitter.Node, wanted: list[str]) -> str | None:
    """The declaration text of an interface: abstract methods and literal constants; None for a
    generic one. Its super-interfaces go to ``wanted``."""
    if node.child_by_field_name("type_parameters") is not None:
        return None
    header = f"interface {node_text(required(node, 'name'))}"
    for child in node.named_children:
        if child.type == "extends_interfaces":
            header += " " + " ".join(node_text(child).split())
            wanted.extend(node_text(n) for n in _walk(child) if n.type == "type_identifier")
    members = []
    body = node.child_by_field_name("body")
    for member in body.named_children if body is not None else []:
        if member.type == "method_declaration" and member.child_by_field_name("body") is None:
            if member.child_by_field_name("type_parameters") is None:
                members.append(_without_annotations(member))
        elif member.type == "constant_declaration" and _literal_constant(member):
            members.append(_without_annotations(member))
    return header + " {\n" + "".join(f"    {m}\n" for m in members) + "}"


def _without_annotations(member: tree_sitter.Node) -> str:
    parts = []
    for child in member.children:
        if child.type == "modifiers":
            words = [
                node_text(m) for m in child.children if m.type not in ("marker_annotation", "annotation")
            ]
            parts.append(" ".join(words))
        elif child.type not in ("line_comment", "block_comment"):
            parts.append(node_text(child))
    return " ".join(" ".join(p for p in parts if p).split()).replace(" ;", ";").replace(" (", "(")


def _literal_constant(member: tree_sitter.Node) -> bool:
    for declarator in member.children_by_field_name("declarator"):
        value = declarator.child_by_field_name("value")
        if value is None:
            return False
        if value.type == "unary_expression":
            value = value.named_children[0] if value.named_children else value
        if value.type not in _LITERALS:
            return False
    return True


def _enum(node: tree_sitter.Node) -> str | None:
    body = node.child_by_field_name("body")
    constants = []
    for member in body.named_children if body is not None else []:
        if member.type in ("line_comment", "block_comment"):
            continue
        if member.type != "enum_constant" or len(member.named_children) != 1:
            return None  # a constructor, a field, a method, or a constant with arguments or a body
        constants.append(node_text(member.named_children[0]))
    if node.child_by_field_name("interfaces") is not None:
        return None
    return f"enum {node_text(required(node, 'name'))} {{ {', '.join(constants)} }}"


def _identifiers(node: tree_sitter.Node) -> set[str]:
    return {node_text(n) for n in _walk(node) if n.type in ("identifier", "type_identifier")}


def _class(node: tree_sitter.Node, named: set[str]) -> tuple[str, list[int], list[str]] | str:
    """The text of a context class with the members the translation may reach (see the module's
    doc), the line of the context file each of its lines comes from and the types it names; or
    why it is not read."""
    name = node_text(required(node, "name"))
    modifiers = next((child for child in node.children if child.type == "modifiers"), None)
    words = [node_text(m) for m in modifiers.children] if modifiers is not None else []
    if node.child_by_field_name("type_parameters") is not None:
        return "a generic class"
    if "sealed" in words or "non-sealed" in words or node.child_by_field_name("permits") is not None:
        return "a sealed class"
    body = required(node, "body")
    members = [m for m in body.named_children if m.type not in ("line_comment", "block_comment")]
    if any(m.type in _TYPES for m in members):
        return "a class with nested types"
    superclass = node.child_by_field_name("superclass")
    exception = name.endswith(("Exception", "Error")) or (
        superclass is not None and node_text(superclass).endswith(("Exception", "Error", "Throwable"))
    )
    if exception and renamed_exception(node, {}) is None:
        return "an exception class that does more than rename a standard exception"
    methods = [m for m in members if m.type == "method_declaration"]
    kept = [m for m in members if m.type != "method_declaration"]
    reached = set(named).union(*(_identifiers(m) for m in kept))
    while True:  # the methods named by the file or by a member kept, and what their bodies name
        more = [m for m in methods if m not in kept and node_text(required(m, "name")) in reached]
        if not more:
            break
        kept.extend(more)
        reached = reached.union(*(_identifiers(m) for m in more))
    kept.sort(key=lambda m: m.start_byte)
    types = [
        node_text(n)
        for part in (superclass, node.child_by_field_name("interfaces"), *kept)
        if part is not None
        for n in _walk(part)
        if n.type == "type_identifier"
    ]
    kept_words = [w for w in words if w in ("abstract", "final", "strictfp")]
    header = " ".join([*kept_words, "class", name])
    for part in (superclass, node.child_by_field_name("interfaces")):
        if part is not None:
            header += " " + " ".join(node_text(part).split())
    lines, origins = [header + " {"], [node.start_point[0] + 1]
    for member in kept:
        text = " " * member.start_point[1] + node_text(member)
        lines.extend(text.splitlines())
        origins.extend(range(member.start_point[0] + 1, member.start_point[0] + 1 + len(text.splitlines())))
    lines.append("}")
    origins.append(body.end_point[0] + 1)
    return "\n".join(lines), origins, types


def splice_java(code: str, files: Sequence[ContextFile]) -> Splice | None:
    from transcoder.engines.rules.java.shell import library_class

    root = _parse(code)
    declared, wanted = _used_names(root)
    named = _identifiers(root)
    package = _package(root)
    by_stem: dict[str, list[ContextFile]] = {}
    for context_file in files:
        if context_file.name.endswith(".java"):
            by_stem.setdefault(context_file.stem, []).append(context_file)
    imported = _imported(root)
    cache: dict[str, tree_sitter.Node] = {}
    blocks: list[tuple[ContextFile, list[int], str]] = []
    notes: dict[str, str] = {}
    seen = set(declared)
    while wanted:
        name = wanted.pop(0)
        found = None if name in seen else _lookup(name, by_stem, imported.get(name, package), cache)
        seen.add(name)
        if found is None:
            continue
        context_file, node = found
        text, kind = None, node.type.removesuffix("_declaration")
        lines_from = [node.start_point[0] + 1]
        why = {"interface": "a generic interface", "enum": "an enum with members or arguments"}.get(
            kind, f"a {kind}"
        )
        if node.type == "interface_declaration":
            text = _interface(node, wanted)
        elif node.type == "enum_declaration":
            text = _enum(node)
        elif node.type == "class_declaration" and library_class(name):
            why = "a class of the JDK, which the engine reads as the library's"
        elif node.type == "class_declaration":
            read = _class(node, named)
            unknown = [] if isinstance(read, str) else [
                n for n in read[2]
                if n != name and n not in declared and not library_class(n) and exceptions.read("java", n) is None
                and _lookup(n, by_stem, imported.get(n, package), cache) is None
            ]  # fmt: skip
            if isinstance(read, str):
                why = read
            elif unknown:  # the file's own refusal of this class then names what it misses first
                why = f"a class naming '{unknown[0]}', which neither the file nor the context declares"
            else:
                text, lines_from, types = read
                wanted.extend(types)
        if text is None:
            notes[name] = f"'{name}' is declared in context file {context_file.name} as {why}"
            continue
        if len(lines_from) == 1:  # an interface or enum: each line at the declaration's
            lines_from *= len(text.splitlines())
        blocks.append((context_file, lines_from, text))
    if not blocks and not notes:
        return None
    lines = code.splitlines()
    at = _insertion_line(root)
    spliced = lines[:at]
    origins: list[tuple[str | None, int]] = [(None, number) for number in range(1, at + 1)]
    for context_file, block_lines, block in blocks:
        spliced.extend(block.splitlines())
        origins.extend((context_file.name, line) for line in block_lines)
    spliced.extend(lines[at:])
    origins.extend((None, number) for number in range(at + 1, len(lines) + 1))
    return Splice("\n".join(spliced) + "\n", origins, notes)


def _insertion_line(root: tree_sitter.Node) -> int:
    """How many lines of the file come before the declarations read from the context: its package
    and imports, or the comments heading it; the declarations then precede the file's own types
    (C++ needs a type declared before its use)."""
    children = root.children
    last = -1
    for index, child in enumerate(children):
        if child.type in ("package_declaration", "import_declaration"):
            last = index
    if last >= 0:
        return children[last].end_point[0] + 1
    first = next(
        (i for i, child in enumerate(children) if child.type not in ("line_comment", "block_comment")), 0
    )
    while first > 0 and children[first - 1].end_point[0] + 1 >= children[first].start_point[0]:
        first -= 1  # the comments attached to the first declaration stay with it
    return children[first].start_point[0] if children else 0


def explain_java(code: str, files: Sequence[ContextFile]) -> dict[str, str]:
    """Where the types the file names but does not declare come from (see ``context.explain``)."""
    from transcoder.engines.rules.java.shell import library_class

    root = _parse(code)
    declared, used = _used_names(root)
    package, imported = _package(root), _imported(root)
    by_stem: dict[str, list[ContextFile]] = {}
    for context_file in files:
        by_stem.setdefault(context_file.stem, []).append(context_file)
    cache: dict[str, tree_sitter.Node] = {}
    notes = {}
    for name in used:
        if (
            name in declared
            or library_class(name)
            or _lookup(name, by_stem, imported.get(name, package), cache)
        ):
            continue
        if name in imported:
            where = "which the context does not hold" if files else "not given as context (--context)"
            notes[name] = f"'{name}' is imported from {imported[name]}, {where}"
        elif files:
            notes[name] = (
                f"'{name}' is declared neither in this file nor in the context's package {package or '(unnamed)'}"
            )
        else:
            notes[name] = (
                f"if another file of package {package or '(unnamed)'} declares '{name}', give it with --context"
            )
    return notes
