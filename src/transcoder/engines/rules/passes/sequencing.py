"""Evaluation order: side effects inside an expression, run in the source language's order.

Java evaluates every expression left to right, operands before the operation, and the place an
assignment writes (an array and its index) before the value; C++17 evaluates the value of ``=``
(and of ``op=``) before the place, the left operand of ``<<``, ``&&``, ``||``, ``,`` and ``?:``
first, and leaves the operands of other operators and the arguments of a call unsequenced or in
an unspecified order. Python evaluates the value of an assignment first, then the place.

So ``a[i++] = a[i] + 5``, ``x++ + ++x`` or ``max(y = f(x), y + 1)`` mean different things when
copied as they are. Where an expression changes a variable (``++``, ``--``, an assignment inside
it) and also reads or changes that variable elsewhere (a *conflict*), this pass lowers it into
statements that run the side effects one by one in the source's order, saving into a temporary
every value read before a later side effect changes it. C++ conflicts the standard leaves
unsequenced are refused with their location. Expressions without a conflict keep their side
effects (``a[i++] = x``, ``while (n-- > 0)``): every target reads them the same way.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from transcoder.engines.rules import ir, irtools
from transcoder.engines.rules import types as t
from transcoder.engines.rules.analysis.names import root_name
from transcoder.errors import UnsupportedConstruct

B = ir.BinaryOp
_SEQUENCED_LEFT_FIRST = frozenset({B.AND, B.OR, B.SHL, B.SHR, B.USHR})  # C++17, besides `,` and ?:


def sequencing(module: ir.Module, java_order: bool) -> ir.Module:
    """``module`` with each conflicting expression lowered (Java's order, or C++17's)."""
    functions = tuple(
        f if _effects_only_as_statements(f) else _Function(f, java_order).rewrite() for f in module.functions
    )
    if all(new is old for new, old in zip(functions, module.functions, strict=True)):
        return module
    return dataclasses.replace(module, functions=functions)


def _effects_only_as_statements(function: ir.Function) -> bool:
    """Every side effect of ``function`` is a whole statement (``i++;``, ``x = y;``, a loop's
    step) and no lambda holds one: no expression can conflict, and the pass leaves the function
    as it is (most functions), so it need not look at each expression."""
    roots: set[int] = set()
    effects: list[int] = []
    roles = _ROLES
    for node in irtools.nodes(function.body):
        kind = type(node)
        role = roles.get(kind)
        if role is None:
            role = roles[kind] = _role(kind)
        if role == _OTHER:
            continue
        if role == _LAMBDA:
            return False
        if role == _STATEMENT:
            roots.add(id(node.expr))  # type: ignore[attr-defined]
        elif role == _LOOP:
            roots.update(id(update) for update in node.update)  # type: ignore[attr-defined]
        else:
            effects.append(id(node))
    return all(effect in roots for effect in effects)


# what ``_effects_only_as_statements`` does with a node of a class, found once per class
_OTHER, _LAMBDA, _STATEMENT, _LOOP, _EFFECT = range(5)
_ROLES: dict[type, int] = {}


def _role(kind: type) -> int:
    if issubclass(kind, ir.Lambda):
        return _LAMBDA
    if issubclass(kind, ir.ExprStmt):
        return _STATEMENT
    if issubclass(kind, ir.For):
        return _LOOP
    return _EFFECT if issubclass(kind, (ir.IncDec, ir.AssignExpr)) else _OTHER


def conflicts(expr: ir.Expr, statement: bool) -> list[tuple[str, ir.Expr]]:
    """The side effects in ``expr`` on a variable that ``expr`` also reads or changes elsewhere
    (``statement``: ``expr`` is a whole statement, whose own assignment or increment comes last)."""
    exempt = _stored_places(expr) if statement else set()
    found: list[tuple[str, ir.Expr]] = []
    for effect in ir.walk(expr):
        if effect is expr and statement:
            continue
        if not isinstance(effect, (ir.IncDec, ir.AssignExpr)):
            continue
        name = root_name(effect.target)
        inside = {id(node) for node in ir.walk(effect)}
        for node in ir.walk(expr):
            if (
                isinstance(node, ir.Name)
                and node.id == name
                and id(node) not in inside
                and id(node) not in exempt
            ):
                found.append((name or "", effect))
                break
    return found


def _stored_places(expr: ir.Expr) -> set[int]:
    """The variables a statement ``a = b = v`` stores into last (not reads): their root names."""
    found: set[int] = set()
    while isinstance(expr, ir.AssignExpr) and expr.op is None:
        target = expr.target
        while isinstance(target, ir.Index):
            target = target.base
        found.add(id(target))
        expr = expr.value
    return found


def _written(stmts: list[ir.Stmt]) -> set[str]:
    names: set[str] = set()
    for stmt in stmts:
        for node in ir.walk(stmt):
            if isinstance(node, (ir.AssignExpr, ir.IncDec)):
                names.add(root_name(node.target) or "")
            elif isinstance(node, ir.VarDecl):
                names.add(node.name)
    return names


def _reads(expr: ir.Expr) -> set[str]:
    return {node.id for node in ir.walk(expr) if isinstance(node, ir.Name)}


def _effects(expr: ir.Node) -> bool:
    return any(isinstance(node, (ir.IncDec, ir.AssignExpr)) for node in ir.walk(expr))


class _Function:
    def __init__(self, function: ir.Function, java_order: bool) -> None:
        self.function = function
        self.java_order = java_order
        self.taken = {n.id for n in ir.walk(function) if isinstance(n, ir.Name)} | {
            n.name for n in ir.walk(function) if isinstance(n, (ir.VarDecl, ir.Param, ir.ForEach))
        }
        self.changed = False

    def rewrite(self) -> ir.Function:
        body = self.block(self.function.body)
        return dataclasses.replace(self.function, body=body) if self.changed else self.function

    def fresh(self, base: str) -> str:
        name = next(n for n in (base, *(f"{base}{i}" for i in range(2, 1000))) if n not in self.taken)
        self.taken.add(name)
        return name

    # -- statements --------------------------------------------------------------------------
    def block(self, block: ir.Block) -> ir.Block:
        body = [new for stmt in block.body for new in self.statement(stmt)]
        return block if all(a is b for a, b in zip(body, block.body, strict=False)) and len(body) == len(block.body) else dataclasses.replace(block, body=tuple(body))  # fmt: skip

    def nested(self, stmt: ir.Stmt) -> ir.Stmt:
        """A statement in a position that holds one (a branch, a loop body)."""
        new = self.statement(stmt)
        if len(new) == 1:
            return new[0]
        return ir.Block(tuple(new), location=stmt.location)

    def statement(self, stmt: ir.Stmt) -> list[ir.Stmt]:
        """``stmt`` as the statements that run it in the source's order."""
        if isinstance(stmt, ir.Block):
            return [self.block(stmt)]
        stmt = self.children(stmt)
        lowering = _Lowering(self)
        if isinstance(stmt, ir.ExprStmt) and conflicts(stmt.expr, True):
            lowering.effect(stmt.expr)
            return self.done(lowering.out)
        for field, value in _full_expressions(stmt):
            if not conflicts(value, field == "update"):
                continue
            if isinstance(stmt, (ir.For, ir.DoWhile)):
                raise _unsupported(value, "a loop test or step with side effects on a variable it also reads")
            pure = lowering.value(value)
            if isinstance(stmt, ir.While):
                return self.done([self.while_lowered(stmt, lowering.out, pure)])
            return self.done([*lowering.out, dataclasses.replace(stmt, **{field: pure})])  # type: ignore[arg-type]
        return [stmt]

    def done(self, stmts: list[ir.Stmt]) -> list[ir.Stmt]:
        self.changed = True
        return stmts

    def while_lowered(self, loop: ir.While, before: list[ir.Stmt], test: ir.Expr) -> ir.Stmt:
        """``while (c) body`` whose test has side effects: ``while (true) { ...; if (!c) break; body }``."""
        leave = ir.If(ir.Unary(ir.UnaryOp.NOT, test, type=t.BOOL), ir.Break())
        body = loop.body.body if isinstance(loop.body, ir.Block) else (loop.body,)
        return ir.While(
            ir.BoolLiteral(True, type=t.BOOL), ir.Block((*before, leave, *body)), location=loop.location
        )

    def children(self, stmt: ir.Stmt) -> ir.Stmt:
        """``stmt`` with the statements nested in it rewritten."""
        changes: dict[str, object] = {}
        for spec in dataclasses.fields(stmt):
            value = getattr(stmt, spec.name)
            if isinstance(value, ir.Block):
                new_block = self.block(value)
                if new_block is not value:
                    changes[spec.name] = new_block
            elif isinstance(value, ir.Stmt):
                new = self.nested(value)
                if new is not value:
                    changes[spec.name] = new
            elif spec.name == "cases" and isinstance(stmt, ir.Switch):
                cases = tuple(
                    dataclasses.replace(c, body=tuple(s for old in c.body for s in self.statement(old)))
                    for c in stmt.cases
                )
                if any(a.body != b.body for a, b in zip(cases, stmt.cases, strict=True)):
                    changes["cases"] = cases
        return dataclasses.replace(stmt, **changes) if changes else stmt  # type: ignore[arg-type]


def _full_expressions(stmt: ir.Stmt) -> Iterator[tuple[str, ir.Expr]]:
    for name in ("init", "value", "condition", "subject"):
        value = getattr(stmt, name, None)
        if isinstance(value, ir.Expr):
            yield name, value
    if isinstance(stmt, ir.For):
        for update in stmt.update:
            yield "update", update
        for init in stmt.init:
            if isinstance(init, ir.VarDecl) and init.init is not None:
                yield "update", init.init  # refused with the loop's step if it conflicts
            elif isinstance(init, ir.ExprStmt):
                yield "update", init.expr


def _written_by(expr: ir.Node) -> set[str]:
    """The variables the side effects inside ``expr`` change."""
    return {
        root_name(node.target) or "" for node in ir.walk(expr) if isinstance(node, (ir.IncDec, ir.AssignExpr))
    }


def _unsupported(node: ir.Node, what: str) -> UnsupportedConstruct:
    return UnsupportedConstruct(f"rules engine: {what}", node.location)


class _Lowering:
    """Statements (``out``) that run an expression's side effects in order, and pure values."""

    def __init__(self, function: _Function) -> None:
        self.function = function
        self.java_order = function.java_order
        self.out: list[ir.Stmt] = []

    def temp(self, base: str, value: ir.Expr, at: int | None = None) -> ir.Name:
        name = self.function.fresh(base)
        decl = ir.VarDecl(name, value.type, value, location=value.location)
        self.out.insert(len(self.out) if at is None else at, decl)
        return ir.Name(name, type=value.type, location=value.location)

    def effect(self, expr: ir.Expr) -> None:
        """``expr`` run for its effect alone (a statement)."""
        if isinstance(expr, ir.IncDec):
            place = self.place(expr.target)
            self.out.append(ir.ExprStmt(dataclasses.replace(expr, target=place, prefix=False)))
            return
        if isinstance(expr, ir.AssignExpr):
            self.assign(expr)
            return
        self.out.append(ir.ExprStmt(self.value(expr), location=expr.location))

    def value(self, expr: ir.Expr) -> ir.Expr:
        """A side-effect-free expression with ``expr``'s value, its effects emitted before it."""
        if not _effects(expr):
            return expr
        if isinstance(expr, ir.IncDec):
            place = self.place(expr.target)
            old = self.temp(f"{root_name(place) or 'value'}_old", place) if not expr.prefix else None
            self.out.append(ir.ExprStmt(dataclasses.replace(expr, target=place, prefix=False)))
            return old if old is not None else place
        if isinstance(expr, ir.AssignExpr):
            return self.assign(expr)
        if isinstance(expr, ir.Binary) and expr.op in (B.AND, B.OR):
            return self.short_circuit(expr)
        if isinstance(expr, ir.Conditional):
            return self.conditional(expr)
        if isinstance(expr, ir.Lambda):
            return expr
        return self.operands(expr)

    def operands(self, expr: ir.Expr) -> ir.Expr:
        """Each operand in order (Java: left to right), saving a value read before a later
        operand's side effect changes what it read. C++ operands that change what another reads
        are refused where C++17 leaves their order open."""
        pieces = [
            (spec.name, getattr(expr, spec.name))
            for spec in dataclasses.fields(expr)
            if spec.name not in ("location", "type")
        ]
        pieces = [(name, value) for name, value in pieces if isinstance(value, ir.Expr) or _expr_tuple(value)]
        flat = [v for _, value in pieces for v in (value if isinstance(value, tuple) else (value,))]
        ordered = isinstance(expr, ir.Binary) and expr.op in _SEQUENCED_LEFT_FIRST
        if not self.java_order and not ordered and _operands_conflict(flat):
            raise _unsupported(expr, "C++ operands that change a variable another operand uses (unsequenced)")
        done = self.in_order(flat)
        values = iter(done)
        changes: dict[str, object] = {}
        for name, value in pieces:
            changes[name] = tuple(next(values) for _ in value) if isinstance(value, tuple) else next(values)
        return dataclasses.replace(expr, **changes)  # type: ignore[arg-type]

    def in_order(self, exprs: list[ir.Expr]) -> list[ir.Expr]:
        """The values of ``exprs`` evaluated one after the other."""
        done: list[tuple[ir.Expr, int]] = []  # each value, and where the statements after it start
        for value in exprs:
            lowered = self.value(value)
            for index, (earlier, end) in enumerate(done):
                if _reads(earlier) & _written(self.out[end:]):
                    saved = self.temp("value", earlier, at=end)
                    done = [(e, m + 1 if m > end else m) for e, m in done]
                    done[index] = (saved, end + 1)
            done.append((lowered, len(self.out)))
        return [value for value, _ in done]

    def place(self, target: ir.Expr, later: ir.Expr | None = None) -> ir.Expr:
        """The place an assignment writes, its positions evaluated (side effects emitted); a
        position that ``later`` (the value, evaluated after it) changes is saved first."""
        if isinstance(target, ir.Index):
            base = self.place(target.base, later)
            index = self.value(target.index)
            if (
                later is not None
                and _reads(index) & _written_by(later)
                and not isinstance(index, ir.IntLiteral)
            ):
                index = self.temp("position", index)
            return dataclasses.replace(target, base=base, index=index)
        return self.value(target) if _effects(target) else target

    def assign(self, expr: ir.AssignExpr) -> ir.Expr:
        """``target op= value``: Java finds the place (and, for ``op=``, reads it) before the
        value; C++17 computes the value first."""
        if not self.java_order:
            value = self.value(expr.value)
            end = len(self.out)
            place = self.place(expr.target)
            if _reads(value) & _written(self.out[end:]):
                value = self.temp("value", value, at=end)
            self.out.append(
                ir.ExprStmt(dataclasses.replace(expr, target=place, value=value), location=expr.location)
            )
            return place
        place = self.place(expr.target, later=expr.value)
        old = None
        if expr.op is not None and root_name(place) in _written_by(expr.value):
            old = self.temp(f"{root_name(place)}_old", place)  # Java reads the target first
        value = self.value(expr.value)
        if old is not None and expr.op is not None:
            type_ = t.promote(old.type, value.type) if t.is_numeric(old.type) else old.type
            combined: ir.Expr = ir.Binary(expr.op, old, value, type=type_, location=expr.location)
            if combined.type != place.type:
                combined = ir.Cast(combined, type=place.type)
            stored = ir.AssignExpr(place, combined, type=place.type, location=expr.location)
        else:
            stored = dataclasses.replace(expr, target=place, value=value)
        self.out.append(ir.ExprStmt(stored, location=expr.location))
        return place

    def short_circuit(self, expr: ir.Binary) -> ir.Expr:
        left = self.value(expr.left)
        if not _effects(expr.right):
            return dataclasses.replace(expr, left=left)
        flag = self.temp("test", left)
        inner = _Lowering(self.function)
        right = inner.value(expr.right)
        test: ir.Expr = flag if expr.op == B.AND else ir.Unary(ir.UnaryOp.NOT, flag, type=t.BOOL)
        self.out.append(
            ir.If(test, ir.Block((*inner.out, ir.ExprStmt(ir.AssignExpr(flag, right, type=t.BOOL)))))
        )
        return flag

    def conditional(self, expr: ir.Conditional) -> ir.Expr:
        condition = self.value(expr.condition)
        if not (_effects(expr.then) or _effects(expr.otherwise)):
            return dataclasses.replace(expr, condition=condition)
        result = ir.Name(self.function.fresh("chosen"), type=expr.type)
        self.out.append(ir.VarDecl(result.id, expr.type, None))
        branches = []
        for branch in (expr.then, expr.otherwise):
            inner = _Lowering(self.function)
            value = inner.value(branch)
            branches.append(ir.Block((*inner.out, ir.ExprStmt(ir.AssignExpr(result, value, type=expr.type)))))
        self.out.append(ir.If(condition, branches[0], branches[1]))
        return result


def _operands_conflict(operands: list[ir.Expr]) -> bool:
    """Whether one operand changes a variable that another reads or changes."""
    for i, first in enumerate(operands):
        changed = _written_by(first)
        if changed and any(changed & _reads(other) for j, other in enumerate(operands) if j != i):
            return True
    return False


def _expr_tuple(value: object) -> bool:
    return isinstance(value, tuple) and bool(value) and all(isinstance(v, ir.Expr) for v in value)
