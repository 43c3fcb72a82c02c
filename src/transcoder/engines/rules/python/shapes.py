"""Shapes of IR the Python back end looks for: negated conditions, pure expressions, increments
to lift out of an expression, loops' steps and exits, views of maps."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.effects import SIDE_EFFECTS

L = ir.LibOp
B = ir.BinaryOp


def negate(expr: ir.Expr) -> ir.Expr:
    """The logical negation of a condition, flipping comparisons instead of adding ``not``."""
    flips = {B.EQ: B.NE, B.NE: B.EQ, B.LT: B.GE, B.GE: B.LT, B.GT: B.LE, B.LE: B.GT}
    if isinstance(expr, ir.Binary) and expr.op in flips and not isinstance(expr.left.type, t.FloatType):
        return ir.Binary(flips[expr.op], expr.left, expr.right, type=t.BOOL, location=expr.location)
    if isinstance(expr, ir.Unary) and expr.op == ir.UnaryOp.NOT:
        return expr.operand
    return ir.Unary(ir.UnaryOp.NOT, expr, type=t.BOOL, location=expr.location)


def pure(expr: ir.Expr) -> bool:
    """Whether evaluating ``expr`` changes nothing (so a loop bound may be evaluated once)."""
    for node in ir.walk(expr):
        if isinstance(node, ir.Call | ir.AssignExpr | ir.IncDec):
            return False
        if isinstance(node, ir.LibraryCall) and node.op in SIDE_EFFECTS:
            return False
    return True


def has_side_effects(expr: ir.Expr) -> bool:
    return any(isinstance(node, ir.AssignExpr | ir.IncDec) for node in ir.walk(expr))


def ends_with_jump(stmt: ir.Stmt) -> bool:
    while isinstance(stmt, ir.Block) and stmt.body:
        stmt = stmt.body[-1]
    if isinstance(stmt, ir.If):
        return stmt.otherwise is not None and ends_with_jump(stmt.then) and ends_with_jump(stmt.otherwise)
    return isinstance(stmt, ir.Return | ir.Break | ir.Continue | ir.Throw)


def lift_increments(expr: ir.Expr) -> tuple[list[ir.IncDec], list[ir.IncDec], ir.Expr]:
    """Pull ``x++``/``++x`` on plain names out of an expression evaluated unconditionally.

    Returns the increments to run before, those to run after, and the expression with each
    replaced by the variable. Only done when the variable occurs once in the expression and no
    increment sits under a short-circuit or conditional operator; otherwise nothing is lifted.
    """
    import dataclasses

    incs = [n for n in ir.walk(expr) if isinstance(n, ir.IncDec)]
    if not incs:
        return [], [], expr
    for inc in incs:
        if not isinstance(inc.target, ir.Name):
            return [], [], expr
        count = sum(1 for n in ir.walk(expr) if isinstance(n, ir.Name) and n.id == inc.target.id)
        if count != 1:
            return [], [], expr
    for node in ir.walk(expr):
        conditional = isinstance(node, ir.Conditional) or (
            isinstance(node, ir.Binary) and node.op in (B.AND, B.OR)
        )
        if conditional and any(isinstance(n, ir.IncDec) for n in ir.walk(node)):
            return [], [], expr
    pre = [i for i in incs if i.prefix]
    post = [i for i in incs if not i.prefix]

    def replace(node: ir.Expr) -> ir.Expr:
        if isinstance(node, ir.IncDec):
            return node.target
        # fields of whichever Expr subclass `node` is: the type checker knows only Expr's own
        changes: dict[str, Any] = {}
        for field in dataclasses.fields(node):
            if field.name in ("location", "type"):
                continue
            value = getattr(node, field.name)
            if isinstance(value, ir.Expr):
                changes[field.name] = replace(value)
            elif (
                isinstance(value, tuple) and value and all(isinstance(v, ir.Expr) or v is None for v in value)
            ):
                changes[field.name] = tuple(replace(v) if v is not None else None for v in value)
        return dataclasses.replace(node, **changes) if changes else node

    return pre, post, replace(expr)


def viewed(iterable: ir.Expr) -> ir.Expr:
    """The container that ``iterable`` goes through: itself, or the map of a keys/values/items view."""
    if isinstance(iterable, ir.LibraryCall) and iterable.op in ir.MAP_VIEWS:
        source = iterable.args[0]
        assert source is not None
        return source
    return iterable


def sorted_container(expr: ir.Expr) -> bool:
    """A C++ set/map or Java TreeSet/TreeMap: Python iterates it through ``sorted``."""
    return isinstance(expr.type, t.SetType | t.MapType) and expr.type.sorted


def loop_step(update: ir.Expr, var: str) -> int | None:
    if isinstance(update, ir.IncDec) and isinstance(update.target, ir.Name) and update.target.id == var:
        return update.delta
    if (
        isinstance(update, ir.AssignExpr)
        and isinstance(update.target, ir.Name)
        and update.target.id == var
        and update.op in (B.ADD, B.SUB)
        and isinstance(update.value, ir.IntLiteral)
        and update.value.value != 0
    ):
        return update.value.value if update.op == B.ADD else -update.value.value
    return None


def used_outside(name_counts: dict[str, int], loop: ir.For, var: str) -> bool:
    inside = sum(1 for n in ir.walk(loop) if isinstance(n, ir.Name) and n.id == var)
    return name_counts.get(var, 0) != inside


def walk_no_loops(node: ir.Node) -> Iterator[ir.Node]:
    yield node
    if isinstance(node, ir.While | ir.For | ir.DoWhile | ir.ForEach | ir.Switch):
        return
    for child in ir.children(node):
        yield from walk_no_loops(child)
