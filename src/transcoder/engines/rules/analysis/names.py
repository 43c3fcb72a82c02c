"""Which variables a piece of IR reads, rebinds or changes: the building blocks of the other analyses."""

from __future__ import annotations

import dataclasses

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.effects import EFFECTS

L = ir.LibOp


def root_name(expr: ir.Expr | None) -> str | None:
    """The variable at the root of an lvalue (``a`` for ``a[i][j]``)."""
    while isinstance(expr, ir.Index):
        expr = expr.base
    if isinstance(expr, ir.LibraryCall) and expr.op in (L.PAIR_FIRST, L.PAIR_SECOND, L.TUPLE_GET):
        return root_name(expr.args[0])
    return expr.id if isinstance(expr, ir.Name) else None


# node class -> whether ``assigned_names`` looks at a node of it (a subclass of one of these)
_ASSIGNING: dict[type, bool] = {}
_ASSIGNING_CLASSES = (ir.AssignExpr, ir.IncDec, ir.VarDecl, ir.ForEach, ir.LibraryCall, ir.Call)


def assigned_names(node: ir.Node) -> set[str]:
    """Names of variables assigned, incremented, declared or mutated through a library call in ``node``."""
    names: set[str] = set()
    for child in ir.walk(node):
        kind = type(child)
        concerned = _ASSIGNING.get(kind)
        if concerned is None:
            concerned = _ASSIGNING[kind] = issubclass(kind, _ASSIGNING_CLASSES)
        if not concerned:
            continue  # a name, a literal, an operator...: most nodes, none of the cases below
        if isinstance(child, (ir.AssignExpr, ir.IncDec)):
            name = root_name(child.target)
            if name:
                names.add(name)
        elif isinstance(child, (ir.VarDecl, ir.ForEach)):
            names.add(child.name)
        elif isinstance(child, ir.LibraryCall) and EFFECTS[child.op].mutates:
            for arg in child.args[: EFFECTS[child.op].mutates]:
                name = root_name(arg)
                if name:
                    names.add(name)
        elif isinstance(child, ir.Call):
            # A callee may mutate arrays it receives.
            for arg in child.args:
                if isinstance(arg, ir.Name) and not isinstance(
                    arg.type, t.IntType | t.FloatType | t.BoolType | t.CharType
                ):
                    names.add(arg.id)
    return names


def directly_assigned(node: ir.Node) -> set[str]:
    """Names rebound (not just mutated) in ``node``: ``x = ...``, ``x += ...``, ``x++``, declarations."""
    names: set[str] = set()
    for child in ir.walk(node):
        if isinstance(child, (ir.AssignExpr, ir.IncDec)) and isinstance(child.target, ir.Name):
            names.add(child.target.id)
        elif isinstance(child, (ir.VarDecl, ir.ForEach)):
            names.add(child.name)
        elif isinstance(child, ir.LibraryCall) and child.op == L.SWAP:
            names.update(a.id for a in child.args if isinstance(a, ir.Name))
    return names


def swap_positions_to_fix(first: ir.Expr, second: ir.Expr) -> list[ir.Expr]:
    """Index expressions in ``swap(first, second)`` that read what the swap changes.

    ``swap(a[i], a[a[i]])`` binds both elements before changing either; a target language that
    assigns one after the other would find ``a[a[i]]`` at the new ``a[i]``. Such positions must be
    evaluated once, before the swap, into temporaries.
    """
    changed = {root_name(first), root_name(second)} - {None}
    found: list[ir.Expr] = []
    for place in (first, second):
        while isinstance(place, ir.Index):
            if names_used(place.index) & changed and place.index not in found:
                found.append(place.index)
            place = place.base
    return found


def with_positions(target: ir.Expr, replaced: dict[ir.Expr, ir.Expr]) -> ir.Expr:
    """``target`` with the index expressions in ``replaced`` (only in index positions) swapped."""
    if isinstance(target, ir.Index):
        index = replaced.get(target.index, target.index)
        return dataclasses.replace(target, base=with_positions(target.base, replaced), index=index)
    return target


def names_used(node: ir.Node) -> set[str]:
    """Every variable name read or written in ``node``."""
    return {child.id for child in ir.walk(node) if isinstance(child, ir.Name)}
