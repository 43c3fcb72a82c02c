"""Whether a loop over a set or map computes the same whatever order it visits the elements in."""

from __future__ import annotations

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.effects import SIDE_EFFECTS

L = ir.LibOp

# Compound assignments whose repeated application gives the same result in any order (on integers,
# where Java's wrap-around keeps them commutative and associative), grouped by kind.
_COMMUTATIVE = {
    ir.BinaryOp.ADD: "sum",
    ir.BinaryOp.SUB: "sum",
    ir.BinaryOp.MUL: "product",
    ir.BinaryOp.BIT_OR: "or",
    ir.BinaryOp.BIT_AND: "and",
    ir.BinaryOp.BIT_XOR: "xor",
}


def _pure(expr: ir.Expr) -> bool:
    """Whether evaluating ``expr`` changes nothing (no assignment, call, output or container edit)."""
    return not any(
        isinstance(node, (ir.AssignExpr, ir.IncDec, ir.Call))
        or (isinstance(node, ir.LibraryCall) and node.op in SIDE_EFFECTS)
        for node in ir.walk(expr)
    )


def order_free_body(body: ir.Stmt, loop_var: str) -> bool:
    """Whether a for-each body computes the same whatever order it visits the elements in.

    Accepted: per-element locals, tests, ``continue``, and accumulation into outer variables that
    commutes (integer ``+= -= *= |= &= ^=`` and ``++``/``--``, ``v = min(v, e)``/``max``, or one
    constant stored), each variable with one kind of accumulation and read nowhere else in the
    body; or a search, ``if (test) { v = constant; ...; break; }``, the only statement, which
    stores the same whichever matching element it meets first. Anything else (another ``break``,
    ``return``, output, calls, container edits, nested loops) keeps the order observable.
    """
    if _search_body(body, loop_var):
        return True
    local = {loop_var}
    kinds: dict[str, set[object]] = {}  # accumulator -> kinds of accumulation applied to it
    allowed_reads: set[int] = set()  # ids of the accumulators' own Name nodes (targets, min/max operand)

    def accumulate(target: ir.Name, kind: object) -> bool:
        kinds.setdefault(target.id, set()).add(kind)
        allowed_reads.add(id(target))
        return True

    def expression(expr: ir.Expr) -> bool:
        if isinstance(expr, ir.IncDec) and isinstance(expr.target, ir.Name):
            if expr.target.id in local:
                return True
            return t.is_integral(expr.target.type) and accumulate(expr.target, "sum")
        if (
            not isinstance(expr, ir.AssignExpr)
            or not isinstance(expr.target, ir.Name)
            or not _pure(expr.value)
        ):
            return False
        target, value = expr.target, expr.value
        if target.id in local:
            return True
        if expr.op is not None:
            kind = _COMMUTATIVE.get(expr.op)
            return kind is not None and t.is_integral(target.type) and accumulate(target, kind)
        if isinstance(value, ir.LibraryCall) and value.op in (L.MIN, L.MAX):
            own = [a for a in value.args if isinstance(a, ir.Name) and a.id == target.id]
            if len(own) == 1:
                allowed_reads.add(id(own[0]))
                return accumulate(target, value.op)
            return False
        if isinstance(value, (ir.IntLiteral, ir.BoolLiteral, ir.CharLiteral, ir.StringLiteral)):
            return accumulate(target, ("constant", value.value))
        return False

    def statement(stmt: ir.Stmt) -> bool:
        if isinstance(stmt, ir.Block):
            return all(statement(s) for s in stmt.body)
        if isinstance(stmt, ir.If):
            return (
                _pure(stmt.condition)
                and statement(stmt.then)
                and (stmt.otherwise is None or statement(stmt.otherwise))
            )
        if isinstance(stmt, ir.Continue):
            return True
        if isinstance(stmt, ir.VarDecl):
            local.add(stmt.name)
            return stmt.init is None or _pure(stmt.init)
        if isinstance(stmt, ir.ExprStmt):
            return expression(stmt.expr)
        return False

    if not statement(body) or any(len(k) > 1 for k in kinds.values()):
        return False
    return not any(
        isinstance(node, ir.Name) and node.id in kinds and id(node) not in allowed_reads
        for node in ir.walk(body)
    )


def _search_body(body: ir.Stmt, loop_var: str) -> bool:
    """``if (pure test) { outer = constant; ...; break; }`` (``containsValue`` and the like)."""
    while isinstance(body, ir.Block) and len(body.body) == 1:
        body = body.body[0]
    if not isinstance(body, ir.If) or body.otherwise is not None or not _pure(body.condition):
        return False
    then = body.then.body if isinstance(body.then, ir.Block) else (body.then,)
    if not then or not isinstance(then[-1], ir.Break):
        return False
    return all(
        isinstance(stmt, ir.ExprStmt)
        and isinstance(stmt.expr, ir.AssignExpr)
        and stmt.expr.op is None
        and isinstance(stmt.expr.target, ir.Name)
        and stmt.expr.target.id != loop_var
        and isinstance(stmt.expr.value, (ir.IntLiteral, ir.BoolLiteral, ir.CharLiteral, ir.StringLiteral))
        for stmt in then[:-1]
    )
