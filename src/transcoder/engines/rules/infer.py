"""Analyses over the IR, kept in side tables rather than on the nodes.

* ``assigned_names``: which variables a statement may change (loop-invariance checks).
* ``NonNegative``: which integer locals are provably never negative in a function, and whether an
  expression is; back ends use it to print C/Java truncating ``/`` and ``%`` as Python ``//`` and
  ``%`` (equal for non-negative operands) instead of an exact helper.
"""

from __future__ import annotations

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t

L = ir.LibOp

_MUTATING_OPS = {
    L.SWAP,
    L.SORT,
    L.SORT_DESC,
    L.REVERSE,
    L.FILL,
    L.STR_APPEND,
    L.CLEAR,
    L.LIST_APPEND,
    L.LIST_POP_BACK,
    L.LIST_INSERT,
    L.LIST_REMOVE_AT,
    L.LIST_REMOVE_VALUE,
    L.MAP_PUT,
    L.MAP_REMOVE,
    L.SET_ADD,
    L.SET_REMOVE,
    L.PUSH,
    L.POP,
    L.PUSH_FRONT,
    L.POP_FRONT,
}


def root_name(expr: ir.Expr | None) -> str | None:
    """The variable at the root of an lvalue (``a`` for ``a[i][j]``)."""
    while isinstance(expr, ir.Index):
        expr = expr.base
    if isinstance(expr, ir.LibraryCall) and expr.op in (L.PAIR_FIRST, L.PAIR_SECOND):
        return root_name(expr.args[0])
    return expr.id if isinstance(expr, ir.Name) else None


def assigned_names(node: ir.Node) -> set[str]:
    """Names of variables assigned, incremented, declared or mutated through a library call in ``node``."""
    names: set[str] = set()
    for child in ir.walk(node):
        if isinstance(child, ir.AssignExpr | ir.IncDec):
            name = root_name(child.target)
            if name:
                names.add(name)
        elif isinstance(child, ir.VarDecl | ir.ForEach):
            names.add(child.name)
        elif isinstance(child, ir.LibraryCall) and child.op in _MUTATING_OPS:
            for arg in child.args[: 2 if child.op == L.SWAP else 1]:
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
        if isinstance(child, ir.AssignExpr | ir.IncDec) and isinstance(child.target, ir.Name):
            names.add(child.target.id)
        elif isinstance(child, ir.VarDecl | ir.ForEach):
            names.add(child.name)
        elif isinstance(child, ir.LibraryCall) and child.op == L.SWAP:
            names.update(a.id for a in child.args if isinstance(a, ir.Name))
    return names


def names_used(node: ir.Node) -> set[str]:
    """Every variable name read or written in ``node``."""
    return {child.id for child in ir.walk(node) if isinstance(child, ir.Name)}


class NonNegative:
    """Integer locals of one function that are never negative, by a small fixpoint.

    A local is non-negative when its every definition is: literals >= 0, lengths, sums and
    products of non-negative values, and ``++``. Parameters are not assumed anything.
    """

    def __init__(self, function: ir.Function) -> None:
        definitions: dict[str, list[ir.Expr | None]] = {}
        params = {p.name for p in function.params}
        for node in ir.walk(function.body):
            if isinstance(node, ir.VarDecl) and isinstance(node.type, t.IntType):
                definitions.setdefault(node.name, []).append(node.init if node.init is not None else _ZERO)
            elif isinstance(node, ir.ForEach):
                definitions.setdefault(node.name, []).append(None)
            elif isinstance(node, ir.AssignExpr) and isinstance(node.target, ir.Name):
                name = node.target.id
                if node.op is None or node.op in (
                    ir.BinaryOp.ADD,
                    ir.BinaryOp.MUL,
                    ir.BinaryOp.TRUNC_DIV,
                    ir.BinaryOp.TRUNC_MOD,
                    ir.BinaryOp.SHR,
                    ir.BinaryOp.BIT_AND,
                    ir.BinaryOp.BIT_OR,
                ):
                    definitions.setdefault(name, []).append(node.value)
                else:
                    definitions.setdefault(name, []).append(None)
            elif isinstance(node, ir.IncDec) and isinstance(node.target, ir.Name):
                if node.delta < 0:
                    definitions.setdefault(node.target.id, []).append(None)
            elif isinstance(node, ir.LibraryCall) and node.op == L.SWAP:
                for arg in node.args:
                    if isinstance(arg, ir.Name):
                        definitions.setdefault(arg.id, []).append(None)
        candidates = {name for name in definitions if name not in params}
        changed = True
        while changed:
            changed = False
            for name in list(candidates):
                if not all(
                    value is not None and self._check(value, candidates) for value in definitions[name]
                ):
                    candidates.discard(name)
                    changed = True
        self.names = frozenset(candidates)

    def __call__(self, expr: ir.Expr) -> bool:
        return self._check(expr, self.names)

    def _check(self, expr: ir.Expr, names: frozenset[str] | set[str]) -> bool:
        if isinstance(expr, ir.IntLiteral):
            return expr.value >= 0
        if isinstance(expr, ir.CharLiteral | ir.BoolLiteral):
            return True
        if isinstance(expr, ir.Name):
            return expr.id in names or (isinstance(expr.type, t.IntType) and not expr.type.signed)
        if isinstance(expr, ir.Binary):
            if expr.op in (
                ir.BinaryOp.ADD,
                ir.BinaryOp.MUL,
                ir.BinaryOp.TRUNC_DIV,
                ir.BinaryOp.TRUNC_MOD,
                ir.BinaryOp.FLOOR_DIV,
                ir.BinaryOp.SHR,
                ir.BinaryOp.BIT_OR,
                ir.BinaryOp.BIT_XOR,
            ):
                return self._check(expr.left, names) and self._check(expr.right, names)
            if expr.op == ir.BinaryOp.BIT_AND:
                return self._check(expr.left, names) or self._check(expr.right, names)
            return expr.op in ir.COMPARISONS or expr.op in (ir.BinaryOp.AND, ir.BinaryOp.OR)
        if isinstance(expr, ir.LibraryCall):
            if expr.op in (L.LEN, L.STR_LEN, L.ABS):
                return True
            if expr.op in (L.MAX,):
                return any(self._check(a, names) for a in expr.args if a is not None)
            if expr.op in (L.MIN,):
                return all(self._check(a, names) for a in expr.args if a is not None)
            return False
        if isinstance(expr, ir.Conditional):
            return self._check(expr.then, names) and self._check(expr.otherwise, names)
        if isinstance(expr, ir.Cast):
            return isinstance(expr.operand.type, t.IntType | t.CharType | t.BoolType) and self._check(
                expr.operand, names
            )
        if isinstance(expr, ir.IncDec):
            return self._check(expr.target, names) and expr.delta > 0
        return False


_ZERO = ir.IntLiteral(0, type=t.INT)
