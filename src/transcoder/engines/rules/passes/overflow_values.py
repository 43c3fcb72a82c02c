"""Which increments and compound assignments used as a value may run as statements of their own.

``wraparound`` rewrites an update that may leave its type as ``x = wrap(x op y)``; where the update
is a value (``path[p++] = '/'``, ``s.substring(0, pos++)``, ``last = (a[i] += 1)``) it is run just
before its statement instead, its value taken from a temporary (postfix) or from the updated
place (prefix, compound), when moving it there cannot change what the program computes:

- the statement is an expression statement, a declaration, a ``return`` or an ``if``'s condition,
  and holds no side effect but the update (and its own outermost assignment, which runs last);
- the update runs whenever the statement does (not under ``&&``, ``||``, ``?:`` or a lambda);
- its place is a local variable (not a reference parameter) named nowhere else in the statement:
  what is evaluated before it in the source cannot read it, and when that throws the function
  has no ``try`` in which a changed local could be seen; or an array element ``a[i]`` (``a``
  and ``i`` names or a literal) that the statement evaluates first: its value, the statement's
  whole value or the value stored into a local;
- a compound assignment's operand is names, literals and arithmetic that cannot throw.

Sequencing (``passes/sequencing.py``) has already lowered the updates that conflict with the rest
of their expression, in the source's order. The others stay refused with their location.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from transcoder.engines.rules import ir, irtools
from transcoder.engines.rules.passes.sequencing import _effects_only_as_statements

B = ir.BinaryOp
_PURE = (ir.Name, ir.IntLiteral, ir.CharLiteral, ir.BoolLiteral, ir.Binary, ir.Unary)
_THROWING = frozenset({B.TRUNC_DIV, B.TRUNC_MOD})
_NESTED = {ir.If: ("then", "otherwise"), ir.While: ("body",), ir.DoWhile: ("body",), ir.For: ("body",), ir.ForEach: ("body",)}  # fmt: skip


@dataclass
class Hoistable:
    """The updates of a function that may run before their statement, and those statements."""

    updates: set[int] = field(default_factory=set)
    statements: set[int] = field(default_factory=set)


def hoistable(function: ir.Function) -> Hoistable:
    """The ids of ``function``'s hoistable updates and of the statements holding them."""
    found = Hoistable()
    if _effects_only_as_statements(function):
        return found
    nodes = irtools.nodes(function.body)
    if any(isinstance(node, (ir.Try, ir.Lambda)) for node in nodes):
        return found
    locals_ = {p.name for p in function.params if not p.by_reference}
    locals_ |= {node.name for node in nodes if isinstance(node, (ir.VarDecl, ir.ForEach))}
    for node in nodes:
        if isinstance(node, ir.Block):
            statements: tuple[ir.Node | None, ...] = node.body
        else:
            statements = tuple(getattr(node, name) for name in _NESTED.get(type(node), ()))
        for stmt in statements:
            if isinstance(stmt, ir.Stmt):
                update = _candidate(stmt, locals_)
                if update is not None:
                    found.updates.add(id(update))
                    found.statements.add(id(stmt))
    return found


def _candidate(stmt: ir.Stmt, locals_: set[str]) -> ir.Expr | None:
    """The one update of ``stmt`` that may run before it, or None."""
    root: ir.Expr | None = None
    outer: ir.Expr | None = None  # the statement's own outermost assignment, run last
    if isinstance(stmt, ir.ExprStmt):
        root = stmt.expr
        if isinstance(root, (ir.AssignExpr, ir.IncDec)):
            outer = root
    elif isinstance(stmt, (ir.VarDecl, ir.Return)):
        root = stmt.init if isinstance(stmt, ir.VarDecl) else stmt.value
    elif isinstance(stmt, ir.If):
        root = stmt.condition
    if root is None:
        return None
    effects = [n for n in ir.walk(root) if isinstance(n, (ir.AssignExpr, ir.IncDec)) and n is not outer]
    if len(effects) != 1:
        return None
    update = effects[0]
    if isinstance(update, ir.AssignExpr) and update.op is None:
        return None
    if not _unconditional(root, update):
        return None
    if isinstance(update, ir.AssignExpr) and not all(
        isinstance(n, _PURE) and not (isinstance(n, ir.Binary) and n.op in _THROWING)
        for n in ir.walk(update.value)
    ):
        return None
    target = update.target
    names = [n for n in ir.walk(root) if isinstance(n, ir.Name)]
    inside = {id(n) for n in ir.walk(update)}
    if isinstance(target, ir.Name):
        if target.id not in locals_ or any(n.id == target.id and id(n) not in inside for n in names):
            return None
        return update
    if not (isinstance(target, ir.Index) and isinstance(target.base, ir.Name)):
        return None
    if not isinstance(target.index, (ir.Name, ir.IntLiteral)):
        return None
    first = update is root or (
        isinstance(outer, ir.AssignExpr)
        and outer.op is None
        and outer.value is update
        and isinstance(outer.target, ir.Name)
        and outer.target.id in locals_
        and all(n.id != outer.target.id for n in ir.walk(update) if isinstance(n, ir.Name))
    )
    return update if first else None


def _unconditional(root: ir.Expr, update: ir.Expr) -> bool:
    """Whether ``update`` runs whenever ``root`` is evaluated."""
    if root is update:
        return True
    if isinstance(root, ir.Lambda):
        return False
    if isinstance(root, ir.Binary) and root.op in (B.AND, B.OR):
        return _unconditional(root.left, update)
    if isinstance(root, ir.Conditional):
        return _unconditional(root.condition, update)
    return any(isinstance(c, ir.Expr) and _unconditional(c, update) for c in ir.children(root))
