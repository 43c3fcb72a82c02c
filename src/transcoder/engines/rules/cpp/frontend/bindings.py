"""C++17 structured bindings of pairs: ``for (auto& [key, value] : m)`` and ``auto [a, b] = p;``.

The pair gets a name of its own and the bound names are locals holding its ``first`` and
``second``: what a translation into Java or Python declares. A binding by reference that the code
assigns through (``v += 1`` changing the map) is refused, since the locals are copies.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import tree_sitter

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.analysis.names import directly_assigned
from transcoder.engines.rules.cfamily.frontend import iteration_type
from transcoder.languages.common import node_text, required

if TYPE_CHECKING:
    from transcoder.engines.rules.cpp.frontend import CppFrontEnd

L = ir.LibOp


def binding(declarator: tree_sitter.Node | None) -> tuple[tree_sitter.Node, bool] | None:
    """The ``[a, b]`` of a declarator, and whether it binds by reference; None for any other."""
    by_reference = False
    while declarator is not None and declarator.type == "reference_declarator":
        by_reference = True
        declarator = declarator.named_children[0] if declarator.named_children else None
    if declarator is not None and declarator.type == "structured_binding_declarator":
        return declarator, by_reference
    return None


def _fresh(f: CppFrontEnd, base: str) -> str:
    name, number = base, 1
    text = f.source.decode("utf-8", "replace")
    while re.search(rf"\b{re.escape(name)}\b", text):
        number += 1
        name = f"{base}{number}"
    return name


def _bound(f: CppFrontEnd, names: tree_sitter.Node, pair: str, pair_type: t.Type) -> list[ir.Stmt]:
    """``a = pair.first; b = pair.second``, declared in the current scope."""
    identifiers = [node_text(n) for n in names.named_children]
    if not isinstance(pair_type, t.PairType) or len(identifiers) != 2:
        raise f.unsupported(names, "structured binding of a value other than a pair")
    stmts: list[ir.Stmt] = []
    for name, op, type_ in zip(
        identifiers, (L.PAIR_FIRST, L.PAIR_SECOND), (pair_type.first, pair_type.second), strict=True
    ):
        value = ir.LibraryCall(op, (ir.Name(pair, type=pair_type),), type=type_, location=f.location(names))
        f.scopes.declare(name, type_)
        stmts.append(ir.VarDecl(name, type_, value, location=f.location(names)))
    return stmts


def _refuse_writes(f: CppFrontEnd, names: tree_sitter.Node, body: ir.Stmt) -> None:
    written = {node_text(n) for n in names.named_children} & directly_assigned(body)
    if written:
        raise f.unsupported(names, f"assignment through the structured binding '{sorted(written)[0]}'")


def range_for(f: CppFrontEnd, node: tree_sitter.Node, names: tree_sitter.Node, by_reference: bool) -> ir.Stmt:
    """``for (auto& [a, b] : pairs) body``."""
    iterable = f.expression(required(node, "right"))
    pair_type = iteration_type(iterable.type)
    pair = _fresh(f, "entry")
    f.scopes.push()
    f.scopes.declare(pair, pair_type)
    bound = _bound(f, names, pair, pair_type)
    body = f.body(required(node, "body"))
    f.scopes.pop()
    if by_reference:
        _refuse_writes(f, names, body)
    inner = (*bound, *(body.body if isinstance(body, ir.Block) else (body,)))
    return ir.ForEach(
        pair, pair_type, iterable, ir.Block(inner, location=body.location), location=f.location(node)
    )


def declaration(
    f: CppFrontEnd, node: tree_sitter.Node, names: tree_sitter.Node, by_reference: bool
) -> list[ir.Stmt]:
    """``auto [a, b] = pair;`` (the names are read only when bound by reference: see the module)."""
    init = required(required(node, "declarator"), "value")
    value = f.expression(init)
    pair = _fresh(f, "pair")
    f.scopes.declare(pair, value.type)
    stmts: list[ir.Stmt] = [ir.VarDecl(pair, value.type, value, location=f.location(node))]
    stmts += _bound(f, names, pair, value.type)
    written = {node_text(n) for n in names.named_children} & f.assigned_in_body
    if by_reference and written:
        raise f.unsupported(names, f"assignment through the structured binding '{sorted(written)[0]}'")
    return stmts
