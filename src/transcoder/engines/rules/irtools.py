"""Small IR builders the back ends share: renaming variables in an expression, adding a constant;
and one walk of a function shared by the analyses that each read all of its nodes."""

from __future__ import annotations

import dataclasses

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t

B = ir.BinaryOp

# Iterating a heap is refused in every target: C++'s priority_queue has no iterators, and Java's
# PriorityQueue (sift down that stops early) and Python's heapq (sift to a leaf, then up) lay out
# the same items differently after a removal, so a loop would meet them in another order.
HEAP_ITERATION = (
    "iteration over a priority queue (C++'s cannot be iterated; Java's PriorityQueue and Python's "
    "heapq order the items of a heap differently after a removal)"
)


def plus(expr: ir.Expr, amount: int) -> ir.Expr:
    """``expr + amount``, folding constants (``i + 1`` plus -1 is ``i``)."""
    if isinstance(expr, ir.IntLiteral):
        return ir.IntLiteral(expr.value + amount, type=expr.type)
    if isinstance(expr, ir.Binary) and expr.op in (B.ADD, B.SUB) and isinstance(expr.right, ir.IntLiteral):
        value = expr.right.value * (1 if expr.op == B.ADD else -1) + amount
        if value == 0:
            return expr.left
        op = B.ADD if value > 0 else B.SUB
        return ir.Binary(op, expr.left, ir.IntLiteral(abs(value), type=expr.right.type), type=expr.type)
    op = B.ADD if amount > 0 else B.SUB
    return ir.Binary(op, expr, ir.IntLiteral(abs(amount), type=t.INT), type=t.promote(expr.type, t.INT))


def renamed(expr: ir.Expr, mapping: dict[str, str]) -> ir.Expr:
    """``expr`` with names renamed by ``mapping`` (comparator parameters)."""
    if isinstance(expr, ir.Name):
        return dataclasses.replace(expr, id=mapping[expr.id]) if expr.id in mapping else expr
    changes: dict[str, object] = {}
    for field in dataclasses.fields(expr):
        if field.name in ("location", "type"):
            continue
        value = getattr(expr, field.name)
        if isinstance(value, ir.Expr):
            changes[field.name] = renamed(value, mapping)
        elif isinstance(value, tuple) and value and all(isinstance(v, ir.Expr) or v is None for v in value):
            changes[field.name] = tuple(renamed(v, mapping) if v is not None else None for v in value)
    return dataclasses.replace(expr, **changes) if changes else expr  # type: ignore[arg-type]


_NODES: dict[int, tuple[ir.Node, tuple[ir.Node, ...]]] = {}
_NODES_KEPT = 256  # whole functions: the passes and back ends of a few translations at a time


def nodes(root: ir.Node) -> tuple[ir.Node, ...]:
    """``ir.walk(root)``, walked once per node object: a function goes through a dozen analyses
    and passes that each read every node of it, mostly unchanged between them. The entry keeps
    ``root`` alive, so its id is not reused while cached (the IR is immutable)."""
    found = _NODES.get(id(root))
    if found is not None and found[0] is root:
        return found[1]
    walked = tuple(ir.walk(root))
    if len(_NODES) >= _NODES_KEPT:
        _NODES.clear()
    _NODES[id(root)] = (root, walked)
    return walked


def stored(function: ir.Function, node: ir.Node) -> tuple[ir.Expr, t.Type] | None:
    """The value ``node`` stores and the type of the slot it goes to (a return, an initialised
    declaration, a plain assignment); None for other nodes."""
    if isinstance(node, ir.Return) and node.value is not None:
        return node.value, function.return_type
    if isinstance(node, ir.VarDecl) and node.init is not None:
        return node.init, node.type
    if isinstance(node, ir.AssignExpr) and node.op is None:
        return node.value, node.target.type
    return None


def big_float_argument(node: ir.Node) -> ir.Expr | None:
    """An argument holding a Python integer beyond 64 bits (``types.BIGINT``) of a library call
    whose result is a float (``math.sqrt(n)``): neither target's big integer converts implicitly."""
    if isinstance(node, ir.LibraryCall) and isinstance(node.type, t.FloatType):
        for arg in node.args:
            if isinstance(arg, ir.Expr) and arg.type == t.BIGINT:
                return arg
    return None

