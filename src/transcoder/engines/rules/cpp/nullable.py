"""Parameters that may be null, in C++: ``std::optional`` (issue 13, Java real code).

A C++ ``string`` or ``vector`` holds a value, never "no value". A string or array parameter that
its function compares with null (``s == null``, ``a != null``, ``Objects.requireNonNull(a)``) is
therefore printed as ``const optional<T>&``: null is ``nullopt``, the comparisons are
``has_value()``. Each other read of it is a dereference:

- where the function has shown it is not null (the branch of ``if (p != null)``, the right of
  ``p != null &&`` or ``p == null ||``, what follows ``if (p == null) throw ...;``), ``*p``;
- elsewhere only where Java dereferences it (``p[i]``, ``p.length``, ``p.length()``), as
  ``java_deref(p)``, which throws what Java's NullPointerException is in C++ (``invalid_argument``),
  and only in a function without ``try`` (a handler of ``IllegalArgumentException`` would catch it).

The parameter must never change (no assignment, no element written, no call of the program's own
functions with it, no lambda): a read that may see null anywhere else (returned, stored, passed)
keeps the refusal of the comparison with null, with its location.

A ``String`` local that its function assigns ``null`` or compares with null (``String best =
null; for (...) if (best == null || ...) best = x;``) is an ``optional<string>`` likewise, declared
once, never read by a lambda: ``null`` stored into it is ``nullopt``, and each store of ``null``
makes it maybe null, each store of another value (a C++ ``string``) not null, in the order
statements run (a loop, ``switch`` or ``try`` that stores ``null`` anywhere makes it maybe null all
through; ``if`` joins its branches). A store of a value that may be null some other way (``c ? s :
null``, ``map.get(k)``), an assignment inside an expression, or a read where it may be null that
Java does not dereference keep the refusal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from transcoder.engines.rules import effects, ir
from transcoder.engines.rules import types as t

B = ir.BinaryOp
_LENGTHS = frozenset({ir.LibOp.LEN, ir.LibOp.STR_LEN})


@dataclass
class Nullable:
    """The nullable parameters of a function and how each read of them prints."""

    names: frozenset[str] = frozenset()
    locals: frozenset[str] = frozenset()
    """Those of ``names`` that are local variables (``optional<T> s = ...;``)."""
    absent: set[int] = field(default_factory=set)
    """The nulls (ids of ``ir.NullLiteral``) stored into those locals: ``nullopt``."""
    checked: set[int] = field(default_factory=set)
    """Reads (ids of ``ir.Name``) where the parameter is known not to be null: ``*p``."""
    dereferenced: set[int] = field(default_factory=set)
    """Reads that Java dereferences, maybe null: ``java_deref(p)``."""


class _Unsupported(Exception):
    pass


def nullable_parameters(function: ir.Function, candidates: frozenset[str]) -> Nullable:
    """The parameters among ``candidates`` (strings and arrays, not pinned) that ``function``
    compares with null and reads only as the docstring allows."""
    nodes = list(ir.walk(function.body))
    compared = {name for node in nodes if (name := null_compared(node)) is not None} & candidates
    found = Nullable()
    for name in sorted(compared):
        param = next(p for p in function.params if p.name == name)
        if not isinstance(param.type, t.StringType | t.ArrayType) or not _unchanged(nodes, name):
            continue
        walk = _Walk(name, not any(isinstance(node, ir.Try) for node in nodes))
        try:
            walk.statement(function.body, False)
        except _Unsupported:
            continue
        found.names |= {name}
        found.checked |= walk.checked
        found.dereferenced |= walk.dereferenced
    for name in _nullable_locals(function, nodes):
        walk = _Walk(name, not any(isinstance(node, ir.Try) for node in nodes), local=True)
        try:
            walk.statement(function.body, False)
        except _Unsupported:
            continue
        found.names |= {name}
        found.locals |= {name}
        found.checked |= walk.checked
        found.dereferenced |= walk.dereferenced
        found.absent |= walk.absent
    return found


def _nullable_locals(function: ir.Function, nodes: list[ir.Node]) -> list[str]:
    """The ``String`` locals of ``function`` that may hold null (assigned ``null`` or compared with
    it), declared once, not a parameter's or loop variable's name, read by no lambda, and given no
    value that may be null other than a plain ``null``."""
    declared: dict[str, list[ir.VarDecl]] = {}
    for node in nodes:
        if isinstance(node, ir.VarDecl):
            declared.setdefault(node.name, []).append(node)
    taken = {p.name for p in function.params} | {n.name for n in nodes if isinstance(n, ir.ForEach)}
    captured = {n.id for node in nodes if isinstance(node, ir.Lambda) for n in ir.walk(node) if isinstance(n, ir.Name)}
    compared = {name for node in nodes if (name := null_compared(node)) is not None}
    found = []
    for name, decls in sorted(declared.items()):
        if len(decls) != 1 or not isinstance(decls[0].type, t.StringType) or name in taken | captured:
            continue
        stored = [decls[0].init] + [
            n.value for n in nodes if isinstance(n, ir.AssignExpr) and isinstance(n.target, ir.Name) and n.target.id == name
        ]
        plain_null = any(isinstance(v, ir.NullLiteral) for v in stored)
        if not (plain_null or name in compared) or not all(v is None or _definite(v) for v in stored):
            continue
        found.append(name)
    return found


def _definite(value: ir.Expr) -> bool:
    """Whether ``value`` is ``null`` or a value that is never null (``c ? s : null`` and a map's
    ``get`` may be either)."""
    if isinstance(value, ir.NullLiteral):
        return True
    return _null_in(value) is None and not any(
        isinstance(n, ir.LibraryCall) and n.op == ir.LibOp.MAP_GET_OR and isinstance(n.args[2], ir.NullLiteral)
        for n in ir.walk(value)
    )


def null_compared(node: ir.Node) -> str | None:
    """The name ``node`` compares with null (``p == null``, ``null != p``), or None."""
    if not (isinstance(node, ir.Binary) and node.op in (B.EQ, B.NE)):
        return None
    left, right = node.left, node.right
    if isinstance(right, ir.NullLiteral) and isinstance(left, ir.Name):
        return left.id
    if isinstance(left, ir.NullLiteral) and isinstance(right, ir.Name):
        return right.id
    return None


def _unchanged(nodes: list[ir.Node], name: str) -> bool:
    for node in nodes:
        if isinstance(node, ir.AssignExpr | ir.IncDec):
            target = node.target
            while isinstance(target, ir.Index):
                target = target.base
            if isinstance(target, ir.Name) and target.id == name:
                return False
        if isinstance(node, ir.Lambda | ir.Call) and any(
            isinstance(n, ir.Name) and n.id == name for n in ir.walk(node)
        ):
            return False
        if isinstance(node, ir.LibraryCall) and effects.changed_arguments(node.op):
            changed = node.args[: effects.changed_arguments(node.op)]
            if any(isinstance(a, ir.Name) and a.id == name for a in changed):
                return False
        if isinstance(node, ir.ForEach) and node.name == name:
            return False
    return True


class _Walk:
    """Where the parameter is known not to be null, in the order statements run."""

    def __init__(self, name: str, derefs: bool, local: bool = False) -> None:
        self.name = name
        self.derefs = derefs  # java_deref allowed: no try, whose handlers could catch its exception
        self.local = local  # a local variable: stores change what is known (a parameter has none)
        self.checked: set[int] = set()
        self.dereferenced: set[int] = set()
        self.absent: set[int] = set()

    def facts(self, condition: ir.Expr, when: bool) -> bool:
        """Whether ``condition`` evaluating to ``when`` shows the parameter is not null."""
        if null_compared(condition) == self.name:
            assert isinstance(condition, ir.Binary)
            return (condition.op == B.NE) == when
        if isinstance(condition, ir.Binary) and condition.op == (B.AND if when else B.OR):
            return self.facts(condition.left, when) or self.facts(condition.right, when)
        if isinstance(condition, ir.Unary) and condition.op == ir.UnaryOp.NOT:
            return self.facts(condition.operand, not when)
        return False

    def statement(self, stmt: ir.Node, known: bool) -> bool:
        """Walk ``stmt`` (``known``: the variable is not null before it); whether it is after."""
        if isinstance(stmt, ir.Block):
            for item in stmt.body:
                known = self.statement(item, known)
            return known
        stored = self.store(stmt, known)
        if stored is not None:
            return stored
        if self.local and not isinstance(stmt, ir.If) and self.stores_null(stmt):
            known = False  # a loop, switch or try storing null: maybe null all through it
        if isinstance(stmt, ir.If):
            self.expr(stmt.condition, known, None)
            then_known = self.statement(stmt.then, known or self.facts(stmt.condition, True))
            else_known = known or self.facts(stmt.condition, False)
            if stmt.otherwise is not None:
                else_known = self.statement(stmt.otherwise, else_known)
            if not _completes(stmt.then):
                return else_known
            if stmt.otherwise is not None and not _completes(stmt.otherwise):
                return then_known
            return then_known and else_known  # each is `known` or more where nothing is stored
        if isinstance(stmt, ir.While):
            self.expr(stmt.condition, known, None)
            self.statement(stmt.body, known or self.facts(stmt.condition, True))
            return known
        for child in ir.children(stmt):
            if isinstance(child, ir.Expr):
                self.expr(child, known, stmt)
            else:
                self.statement(child, known)
        return known

    def store(self, stmt: ir.Node, known: bool) -> bool | None:
        """A local's declaration or assignment statement walked: whether it is not null after it;
        None for other statements."""
        if not self.local:
            return None
        if isinstance(stmt, ir.VarDecl) and stmt.name == self.name:
            value = stmt.init
        elif (
            isinstance(stmt, ir.ExprStmt)
            and isinstance(stmt.expr, ir.AssignExpr)
            and isinstance(stmt.expr.target, ir.Name)
            and stmt.expr.target.id == self.name
        ):
            if stmt.expr.op is not None:  # `s += x`: a read (Java's "null" + x is not C++'s)
                self.expr(stmt.expr.target, known, None)
            value = stmt.expr.value
        else:
            return None
        if value is None:
            return False
        if isinstance(value, ir.NullLiteral):
            self.absent.add(id(value))
            return False
        self.expr(value, known, stmt)
        return True

    def stores_null(self, stmt: ir.Node) -> bool:
        return any(
            (isinstance(n, ir.AssignExpr) and isinstance(n.target, ir.Name) and n.target.id == self.name
             and isinstance(n.value, ir.NullLiteral))
            or (isinstance(n, ir.VarDecl) and n.name == self.name)
            for n in ir.walk(stmt)
        )  # fmt: skip

    def expr(self, expr: ir.Expr, known: bool, parent: ir.Node | None) -> None:
        if null_compared(expr) == self.name:
            return
        if self.local and isinstance(expr, ir.AssignExpr) and any(
            isinstance(n, ir.Name) and n.id == self.name for n in ir.walk(expr.target)
        ):
            raise _Unsupported  # an assignment inside an expression: not followed
        if isinstance(expr, ir.Name):
            if expr.id != self.name:
                return
            if known:
                self.checked.add(id(expr))
            elif self.derefs and _dereferences(parent, expr):
                self.dereferenced.add(id(expr))
            else:
                raise _Unsupported
            return
        if isinstance(expr, ir.Binary) and expr.op in (B.AND, B.OR):
            self.expr(expr.left, known, expr)
            self.expr(expr.right, known or self.facts(expr.left, expr.op == B.AND), expr)
            return
        if isinstance(expr, ir.Conditional):
            self.expr(expr.condition, known, expr)
            self.expr(expr.then, known or self.facts(expr.condition, True), expr)
            self.expr(expr.otherwise, known or self.facts(expr.condition, False), expr)
            return
        for child in ir.children(expr):
            if isinstance(child, ir.Expr):
                self.expr(child, known, expr)
            else:
                self.statement(child, known)


def _dereferences(parent: ir.Node | None, expr: ir.Expr) -> bool:
    """Whether Java dereferences ``expr`` there (NullPointerException when it is null)."""
    if isinstance(parent, ir.Index):
        return parent.base is expr
    return isinstance(parent, ir.LibraryCall) and parent.op in _LENGTHS and parent.args[0] is expr


def _completes(stmt: ir.Node) -> bool:
    """Whether ``stmt`` may run to its end (False: it always returns or throws)."""
    if isinstance(stmt, ir.Return | ir.Throw):
        return False
    if isinstance(stmt, ir.Block):
        return not stmt.body or _completes(stmt.body[-1])
    if isinstance(stmt, ir.If):
        return stmt.otherwise is None or _completes(stmt.then) or _completes(stmt.otherwise)
    return True


def _holds_null(type_: t.Type) -> bool:
    """Whether a C++ variable of ``type_`` can hold null: a reference to an object (``shared_ptr``)
    or a function (an empty ``std::function``), or a Python optional (``std::optional``); a string,
    array, container or number holds a value."""
    return isinstance(type_, t.ClassType | t.FunctionType | t.OptionalType) or type_ == t.UNKNOWN


def _null_in(expr: ir.Expr | None) -> ir.NullLiteral | None:
    """The null that ``expr`` may evaluate to (``null``, ``c ? s : null``), or None."""
    if isinstance(expr, ir.NullLiteral):
        return expr
    if isinstance(expr, ir.Conditional):
        return _null_in(expr.then) or _null_in(expr.otherwise)
    if isinstance(expr, ir.Cast):
        return _null_in(expr.operand)
    return None


def null_store(
    function: ir.Function, callees: dict[str, ir.Function], nullable: Callable[[ir.Function], Nullable]
) -> ir.NullLiteral | None:
    """The first null that ``function`` stores where C++ holds a value (``String t = null``,
    ``t = c ? s : null``, ``return null`` of a string, ``f(null)`` for a parameter that is not
    ``optional``): ``string t = nullptr`` does not build or is undefined. None when there is none."""
    own = nullable(function).locals
    for node in ir.walk(function.body):
        found: list[tuple[t.Type, ir.Expr | None]] = []
        if isinstance(node, ir.VarDecl) and node.name in own:
            continue  # an optional local (nullable_parameters)
        if isinstance(node, ir.AssignExpr) and isinstance(node.target, ir.Name) and node.target.id in own:
            continue
        if isinstance(node, ir.VarDecl):
            found.append((node.type, node.init))
        elif isinstance(node, ir.AssignExpr) and node.op is None:
            found.append((node.target.type, node.value))
        elif isinstance(node, ir.Return):
            found.append((function.return_type, node.value))
        elif isinstance(node, ir.Call) and node.function in callees:
            callee = callees[node.function]
            optional = nullable(callee).names
            found += [(p.type, a) for p, a in zip(callee.params, node.args, strict=False) if p.name not in optional]
        for type_, value in found:
            null = _null_in(value)
            if null is not None and not _holds_null(type_):
                return null
    return None


def optional_container(function: ir.Function) -> ir.Node | None:
    """The first parameter or variable of ``function`` holding a Python optional container (an
    array, list, dict or set that may be None): a ``std::optional`` of it would copy the container
    where Python shares it (``f(n, cache)`` fills the caller's cache). None when there is none."""
    mutable = (t.ArrayType, *t.CONTAINER_TYPES)
    for param in function.params:
        if isinstance(param.type, t.OptionalType) and isinstance(param.type.value, mutable):
            return param
    for node in ir.walk(function.body):
        if isinstance(node, ir.VarDecl) and isinstance(node.type, t.OptionalType) and isinstance(node.type.value, mutable):
            return node
    if isinstance(function.return_type, t.OptionalType) and isinstance(function.return_type.value, mutable):
        return function
    return None
