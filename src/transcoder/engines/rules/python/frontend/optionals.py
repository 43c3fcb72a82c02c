"""``None`` as a value of Python sources: ``Optional[T]`` variables, parameters and results.

A name that holds ``None`` on some paths and a value of type T on others has the type
``t.OptionalType(T)`` (``infer.join``). Its reads are built as ``ir.Cast(name, type=T)`` (an
*unwrap*: C++ ``*x``, Java ``x.intValue()``), except where Python uses the optional itself: a
comparison with None, a store into an optional slot (coerced back to the name), and a truth test
(``if x:`` is ``x is not None and x != 0``). ``check_narrowed`` then walks the function in the
order statements run and refuses, with its line and column, every unwrap where the function has
not shown that the name is not None (``x is not None and ...``, ``if x is None: return``, a
value stored into it, ``while x is not None:``): Python raises TypeError there, and a translation
must not read a garbage value or dereference an empty ``std::optional``.
"""

from __future__ import annotations

from collections.abc import Iterable

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.errors import UnsupportedConstruct

B = ir.BinaryOp
Known = frozenset[str]


def unwrap(name: ir.Name) -> ir.Expr:
    """A read of an optional name as its value (``*x``), checked by ``check_narrowed``."""
    assert isinstance(name.type, t.OptionalType)
    return ir.Cast(name, type=name.type.value, location=name.location)


def unwrapped(expr: ir.Expr) -> ir.Name | None:
    """The optional name ``expr`` reads as its value, or None when it is not such a read."""
    if (
        isinstance(expr, ir.Cast)
        and isinstance(expr.operand, ir.Name)
        and isinstance(expr.operand.type, t.OptionalType)
        and expr.type == expr.operand.type.value
    ):
        return expr.operand
    return None


def as_optional(expr: ir.Expr) -> ir.Expr:
    """``expr`` itself where it reads an optional name as its value (the slot takes the optional)."""
    name = unwrapped(expr)
    return expr if name is None else name


def may_be_none(expr: ir.Expr | None) -> bool:
    """Whether ``expr`` may evaluate to None (a value of a non-optional type never does)."""
    if expr is None or isinstance(expr, ir.NullLiteral):
        return True
    if isinstance(expr, ir.Cast) and isinstance(expr.type, t.OptionalType):
        return may_be_none(expr.operand) if isinstance(expr.operand.type, t.OptionalType) else False
    if isinstance(expr, ir.Conditional):
        return may_be_none(expr.then) or may_be_none(expr.otherwise)
    return isinstance(expr.type, t.OptionalType)


def facts(condition: ir.Expr, when: bool) -> Known:
    """The optional names ``condition`` evaluating to ``when`` shows are not None."""
    if isinstance(condition, ir.Binary) and condition.op in (B.EQ, B.NE):
        for name, other in ((condition.left, condition.right), (condition.right, condition.left)):
            if isinstance(name, ir.Name) and isinstance(other, ir.NullLiteral):
                return frozenset({name.id}) if (condition.op == B.NE) == when else frozenset()
        return frozenset()
    if isinstance(condition, ir.Binary) and condition.op == (B.AND if when else B.OR):
        return facts(condition.left, when) | facts(condition.right, when)
    if isinstance(condition, ir.Unary) and condition.op == ir.UnaryOp.NOT:
        return facts(condition.operand, not when)
    return frozenset()


def _cleared(node: ir.Node | None) -> Known:
    """The optional names that ``node`` may set to None (or to a value this walk cannot follow)."""
    if node is None:
        return frozenset()
    names: set[str] = set()
    for inner in ir.walk(node):
        if isinstance(inner, ir.AssignExpr | ir.IncDec) and isinstance(inner.target, ir.Name):
            if isinstance(inner, ir.IncDec) or inner.op is not None or may_be_none(inner.value):
                names.add(inner.target.id)
        elif (isinstance(inner, ir.VarDecl) and may_be_none(inner.init)) or isinstance(inner, ir.ForEach):
            names.add(inner.name)
    return frozenset(names)


def completes(stmt: ir.Node) -> bool:
    """Whether ``stmt`` may run to its end (False: it always returns, raises, breaks or continues)."""
    if isinstance(stmt, ir.Return | ir.Throw | ir.Break | ir.Continue):
        return False
    if isinstance(stmt, ir.Block):
        return all(completes(s) for s in stmt.body)
    if isinstance(stmt, ir.If):
        return stmt.otherwise is None or completes(stmt.then) or completes(stmt.otherwise)
    return True


def check_narrowed(function: ir.Function) -> None:
    """Refuse the first read of an optional value where it may still be None."""
    if not any(isinstance(node, ir.Cast) and unwrapped(node) is not None for node in ir.walk(function.body)):
        return
    _Walk().statement(function.body, frozenset())


class _Walk:
    """Which optional names are known not to be None, in the order statements run."""

    def statement(self, stmt: ir.Node, known: Known) -> Known:
        if isinstance(stmt, ir.Block):
            for item in stmt.body:
                known = self.statement(item, known)
            return known
        if isinstance(stmt, ir.VarDecl):
            known = self.expr(stmt.init, known)
            return known - {stmt.name} if may_be_none(stmt.init) else known | {stmt.name}
        if isinstance(stmt, ir.If):
            known = self.expr(stmt.condition, known)
            then_known = self.statement(stmt.then, known | facts(stmt.condition, True))
            else_known = known | facts(stmt.condition, False)
            if stmt.otherwise is not None:
                else_known = self.statement(stmt.otherwise, else_known)
            if not completes(stmt.then):
                return else_known
            if stmt.otherwise is not None and not completes(stmt.otherwise):
                return then_known
            return then_known & else_known
        if isinstance(stmt, ir.While):
            entry = known - _cleared(stmt)
            entry = self.expr(stmt.condition, entry)
            self.statement(stmt.body, entry | facts(stmt.condition, True))
            if not any(isinstance(node, ir.Break) for node in ir.walk(stmt.body)):
                return entry | facts(stmt.condition, False)
            return entry
        if isinstance(stmt, ir.Assert):
            known = self.expr(stmt.condition, known)
            self.expr(stmt.message, known)
            return known | facts(stmt.condition, True)
        if isinstance(stmt, ir.For):
            for init in stmt.init:
                known = self.statement(init, known)
        # Loops, switches, handlers and labels: what they may clear is cleared on entry and after.
        entry = known - _cleared(stmt) if not isinstance(stmt, ir.ExprStmt | ir.Return | ir.Throw) else known
        current = entry
        for child in self._parts(stmt):
            if isinstance(child, ir.Expr):
                current = self.expr(child, current)
            else:
                self.statement(child, entry)
        return current if isinstance(stmt, ir.ExprStmt | ir.Return | ir.Throw) else entry

    @staticmethod
    def _parts(stmt: ir.Node) -> Iterable[ir.Node]:
        if isinstance(stmt, ir.For):
            return [c for c in ir.children(stmt) if not any(c is i for i in stmt.init)]
        if isinstance(stmt, ir.SwitchCase):
            return [*stmt.values, *stmt.body]
        return list(ir.children(stmt))

    def expr(self, expr: ir.Node | None, known: Known) -> Known:
        if expr is None:
            return known
        name = unwrapped(expr) if isinstance(expr, ir.Expr) else None
        if name is not None:
            if name.id not in known:
                raise UnsupportedConstruct(
                    f"rules engine: '{name.id}' may be None here (Python raises TypeError; "
                    f"test '{name.id} is not None' first)",
                    expr.location or name.location,
                )
            return known
        if isinstance(expr, ir.Binary) and expr.op in (B.AND, B.OR):
            left = self.expr(expr.left, known)
            self.expr(expr.right, left | facts(expr.left, expr.op == B.AND))
            return left - _cleared(expr.right)
        if isinstance(expr, ir.Conditional):
            known = self.expr(expr.condition, known)
            self.expr(expr.then, known | facts(expr.condition, True))
            self.expr(expr.otherwise, known | facts(expr.condition, False))
            return known - _cleared(expr.then) - _cleared(expr.otherwise)
        if isinstance(expr, ir.AssignExpr) and isinstance(expr.target, ir.Name):
            known = self.expr(expr.value, known)
            if isinstance(expr.target.type, t.OptionalType) and expr.op is None:
                return known - {expr.target.id} if may_be_none(expr.value) else known | {expr.target.id}
            return known
        if isinstance(expr, ir.Lambda):  # it may run later: nothing is known inside
            if isinstance(expr.body, ir.Block):
                self.statement(expr.body, frozenset())
            else:
                self.expr(expr.body, frozenset())
            return known
        for child in ir.children(expr):
            if isinstance(child, ir.Expr):
                known = self.expr(child, known)
            else:
                self.statement(child, known)
        return known
