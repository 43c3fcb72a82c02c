"""Exact integer semantics: every place where a C++ or Java source's integers wrap around.

Java's ``int``/``long`` arithmetic and C++'s unsigned arithmetic are modular: a value that leaves
its type is reduced modulo 2**bits. Conversions between integer types are modular in both (C++
narrowing to a signed type is implementation-defined: modular in g++ and from C++20). C++
*signed* overflow is undefined; toward Java (whose ``int``/``long`` wrap at the same widths) none
of its signed arithmetic is wrapped, toward Python it wraps as g++ computes it (below). Where the range analysis (``analysis.ranges``) cannot show that a value stays inside
its type, this pass makes the reduction explicit as an ``ir.Wrap`` around the value (around the
root of a chain of ``+ - *``, where one reduction gives the same bits as one at every step);
back ends whose integers wrap at that width print nothing for it, the others reduce (Python
masks or calls ``int32``, C++ computes a Java ``int`` in ``unsigned`` arithmetic). Arithmetic
the analysis proves in range stays as written. For a Python target, C++ signed arithmetic wraps
as well (``CPP_AS_COMPILED``): g++ on x86-64 computes the overflows ISO C++ leaves undefined in
two's complement, as Java defines them, and that is what the compiled source prints.

Also Java's own rules at the edges of its integers: shift counts are taken modulo the width
(``x << 33`` is ``x << 1``), and ``(int)``/``(long)`` of a double saturates (NaN is 0): a count or
a double the analysis cannot bound gets ``& 31`` / ``LibOp.SATURATING_INT`` (a C++ source:
``LibOp.X86_INT``, what g++ on x86-64 computes).

The statement forms of an increment that may overflow (``i++;``, ``x += y;``) become
``x = wrap(x + y)``; one used as a value (``a[i++]`` with ``i`` unbounded) runs so just before its
statement where ``overflow_values`` shows that this keeps the source's meaning, and is refused
elsewhere.
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass

from transcoder.engines.rules import ir, irtools
from transcoder.engines.rules import types as t
from transcoder.engines.rules.analysis import intervals as iv
from transcoder.engines.rules.analysis.intervals import Interval
from transcoder.engines.rules.analysis.ranges import Ranges, is_ring
from transcoder.engines.rules.passes.overflow_values import Hoistable, hoistable
from transcoder.errors import UnsupportedConstruct

B = ir.BinaryOp
L = ir.LibOp
U = ir.UnaryOp

_CONVERTING = frozenset(
    {B.TRUNC_DIV, B.TRUNC_MOD, B.SHR, B.USHR, B.BIT_AND, B.BIT_OR, B.BIT_XOR, *ir.COMPARISONS}
)
_SHIFTS = frozenset({B.SHL, B.SHR, B.USHR})


@dataclass(frozen=True, slots=True)
class IntegerSemantics:
    """How a source language's integers behave at their edges."""

    wraps_signed: bool
    """Signed arithmetic wraps around (Java); False: overflow is undefined (C++)."""
    char_range: Interval
    """The values of a ``char``."""
    java_edges: bool
    """Shift counts modulo the width, saturating ``(int)`` of a double (Java)."""
    x86: bool = False
    """What g++ on x86-64 computes where ISO C++ leaves it undefined: a double converted to a
    signed type outside it is the minimum of the type's 32- or 64-bit form (``LibOp.X86_INT``);
    where signed arithmetic wraps (toward Python), shift counts are taken modulo the width, as
    the shift instructions take them (Java's own shifts do so)."""


JAVA = IntegerSemantics(True, Interval(0, 0xFFFF), True)
CPP = IntegerSemantics(False, Interval(-128, 127), False, x86=True)
CPP_AS_COMPILED = IntegerSemantics(True, Interval(-128, 127), False, x86=True)
"""C++ as g++ on x86-64 computes it: signed overflow is undefined in ISO C++, but the compiled
program wraps around (two's complement of the type's width: ``int`` 32 bits, ``long`` and
``long long`` 64), and a target whose integers never wrap (Python) prints that. A target whose
own ``int``/``long`` wrap at those widths (Java) needs nothing for it and keeps ``CPP``."""


def wraparound(module: ir.Module, semantics: IntegerSemantics) -> ir.Module:
    """``module`` with every wrap-around of its source's integers explicit (see the docstring)."""
    callees = {f.name: tuple(p.by_reference for p in f.params) for f in module.functions}
    functions = tuple(_Rewriter(f, semantics, module.globals, callees).function() for f in module.functions)
    if all(new is old for new, old in zip(functions, module.functions, strict=True)):
        return module
    return dataclasses.replace(module, functions=functions)


def _bits(type_: t.Type) -> int | None:
    return type_.bits if isinstance(type_, t.IntType) else None


def wrapped(expr: ir.Expr, type_: t.Type) -> ir.Expr:
    """``expr`` reduced into ``type_`` (a constant is reduced here: ``(unsigned) -1`` is 4294967295)."""
    constant = expr.operand if isinstance(expr, ir.Unary) and expr.op == U.NEG else expr
    if isinstance(constant, ir.IntLiteral) and isinstance(type_, t.IntType) and type_.bits:
        value = -constant.value if constant is not expr else constant.value
        value &= (1 << type_.bits) - 1
        if type_.signed and value >= 1 << (type_.bits - 1):
            value -= 1 << type_.bits
        return ir.IntLiteral(value, type=type_, location=expr.location)
    return ir.Wrap(expr, type=type_, location=expr.location)


class _Rewriter:
    def __init__(self, function: ir.Function, semantics: IntegerSemantics, module_globals: tuple[ir.VarDecl, ...], callees: dict[str, tuple[bool, ...]]) -> None:  # fmt: skip
        self.original = function
        self.semantics = semantics
        self.module_globals = module_globals
        self.callees = callees
        self._ranges: Ranges | None = None
        self.changed = False
        self.statement_level: ir.Node | None = None  # the update being rewritten as a statement
        self.hoistable = Hoistable()
        self.pending: list[ir.Stmt] = []  # updates run before the statement being rewritten
        self.spliced: set[int] = set()  # blocks of such statements, spliced into their block
        self.taken: set[str] | None = None

    @property
    def ranges(self) -> Ranges:
        """The range analysis of the function, run at the first question: most C++ functions ask
        none (their signed arithmetic never wraps), and the analysis is most of this pass's time."""
        if self._ranges is None:
            semantics = self.semantics
            self._ranges = Ranges(self.original, _stores_wrap, semantics.char_range, self.module_globals, self.callees)
        return self._ranges

    def wraps(self, type_: t.IntType) -> bool:
        """Whether arithmetic in ``type_`` that leaves it is reduced here (the analysis's stores
        always wrap: ``_stores_wrap``)."""
        return not type_.signed or self.semantics.wraps_signed

    def fits(self, expr: ir.Expr, type_: t.Type | None = None) -> bool:
        return iv.fits(self.ranges.exact(expr), type_ or expr.type)

    def function(self) -> ir.Function:
        if not (self.semantics.wraps_signed or self.semantics.java_edges) and _plain_ints(self.original):
            return self.original  # C++ with no cast and no integer but int: nothing can wrap
        self.hoistable = hoistable(self.original)
        body = self.node(self.original.body, None)
        if not self.changed:
            return self.original
        assert isinstance(body, ir.Block)
        return dataclasses.replace(self.original, body=body)

    # -- traversal ---------------------------------------------------------------------------
    def node(self, node: ir.Node, ring_parent: t.Type | None) -> ir.Node:
        """``node`` rebuilt with its children rewritten, then rewritten itself."""
        plan = _PLANS.get(type(node))
        if plan is None:
            plan = _plan(type(node))
        if plan.leaf:
            return node  # nothing below it, and a name or literal is never wrapped
        context = node.type if plan.expression and is_ring(node) else None  # type: ignore[attr-defined, arg-type]
        changes: dict[str, object] | None = None
        for name in plan.fields:
            value = getattr(node, name)
            if isinstance(value, ir.Node):
                new = self.child(node, plan, value, context)
                if new is not value:
                    if changes is None:
                        changes = {}
                    changes[name] = new
            elif isinstance(value, tuple):
                items: list[object] | None = None
                for position, item in enumerate(value):
                    if isinstance(item, ir.Node):
                        rewritten = self.child(node, plan, item, context)
                        if rewritten is not item:
                            if items is None:
                                items = list(value)
                            items[position] = rewritten
                if items is not None:
                    if changes is None:
                        changes = {}
                    changes[name] = tuple(items)
        rebuilt = dataclasses.replace(node, **changes) if changes else node  # type: ignore[arg-type]
        if plan.block and self.spliced and any(id(s) in self.spliced for s in rebuilt.body):  # type: ignore[attr-defined]
            body = (s for stmt in rebuilt.body for s in (stmt.body if id(stmt) in self.spliced else (stmt,)))  # type: ignore[attr-defined]
            rebuilt = dataclasses.replace(rebuilt, body=tuple(body))  # type: ignore[call-arg]
        result = self.rewrite(node, plan.rule, rebuilt, ring_parent)
        if result is not node:
            self.changed = True
        return result

    def child(self, parent: ir.Node, plan: _Plan, child: ir.Node, context: t.Type | None) -> ir.Node:
        if self.hoistable.statements and isinstance(child, ir.Stmt) and id(child) in self.hoistable.statements:
            return self.statement(child, context)
        if plan.updates and isinstance(child, (ir.IncDec, ir.AssignExpr)):
            return self.statement_update(child)
        if plan.sizes and child in (
            *getattr(parent, "dims", ()),
            getattr(parent, "size", None),
        ):
            # An array size that overflows fails in the source whatever it wraps to (a negative
            # size, or more than a Java array or memory holds): left as computed.
            return self.node(child, child.type if isinstance(child, ir.Expr) and is_ring(child) else None)
        return self.node(child, context)

    def rewrite(self, original: ir.Node, rule: int, node: ir.Node, ring_parent: t.Type | None) -> ir.Node:
        """``node``, ``original`` with its children rewritten, rewritten by the rule of its class
        (``_Plan.rule``: the rebuilt node is of the original's class)."""
        if rule == _NONE:
            return node
        if rule == _UPDATE:
            assert isinstance(original, (ir.IncDec, ir.AssignExpr)) and isinstance(node, (ir.IncDec, ir.AssignExpr))
            return self.update(original, node, original is self.statement_level)
        if rule == _CAST:
            assert isinstance(original, ir.Cast) and isinstance(node, ir.Cast)
            return self.cast(original, node)
        if rule == _DECLARATION:
            assert isinstance(original, ir.VarDecl) and isinstance(node, ir.VarDecl)
            if node.init is None:
                return node
            assert original.init is not None
            init = self.converted(original.init, node.init, node.type)
            return node if init is node.init else dataclasses.replace(node, init=init)
        if rule == _RETURN:
            assert isinstance(original, ir.Return) and isinstance(node, ir.Return)
            if node.value is None:
                return node
            assert original.value is not None
            value = self.converted(original.value, node.value, self.original.return_type)
            return node if value is node.value else dataclasses.replace(node, value=value)
        if rule == _BINARY:
            node = self.binary_operands(original, node)  # type: ignore[arg-type]
        return self.arithmetic(original, node, ring_parent)  # type: ignore[arg-type]  # _EXPRESSION, _BINARY

    # -- arithmetic --------------------------------------------------------------------------
    def arithmetic(self, original: ir.Expr, node: ir.Expr, ring_parent: t.Type | None) -> ir.Expr:
        """Reduce the root of a chain of arithmetic that may leave its type."""
        type_ = original.type
        if not isinstance(type_, t.IntType) or type_.bits is None or not self.wraps(type_):
            return node
        if is_ring(original) and ring_parent == type_:
            return node
        may_wrap = (
            is_ring(original)
            or (isinstance(original, ir.Binary) and original.op in (B.TRUNC_DIV, B.SHL))
            or (isinstance(original, ir.Unary) and original.op == U.BIT_NOT)
            or (isinstance(original, ir.LibraryCall) and original.op == L.ABS)
        )
        if not may_wrap:
            return node
        negative_shift = (
            isinstance(original, ir.Binary)
            and original.op == B.SHL
            and self.semantics.wraps_signed
            and type_.signed
            and _may_be_negative(self.ranges.exact(original.left))
        )  # C++ before C++20 leaves a shift of a negative value undefined: keep its bits explicit
        if self.fits(original) and not negative_shift:
            return node
        return wrapped(node, type_)

    def binary_operands(self, original: ir.Binary, node: ir.Binary) -> ir.Binary:
        """Operands converted as C++ converts them: to unsigned where the other is (``u < -1`` is
        false); Java's shift counts modulo the width."""
        left, right = node.left, node.right
        operand_type = t.promote(original.left.type, original.right.type)
        if original.op in _SHIFTS:
            operand_type = t.promote(original.left.type, t.INT)
        if original.op in _CONVERTING and original.op not in _SHIFTS and _unsigned(operand_type):
            left = self.to_unsigned(original.left, left, operand_type)
            right = self.to_unsigned(original.right, right, operand_type)
        semantics = self.semantics
        if original.op in _SHIFTS and (semantics.java_edges or (semantics.x86 and semantics.wraps_signed)):
            bits = _bits(operand_type) or 32
            count = self.ranges.exact(original.right)
            if not count.within(Interval(0, bits - 1)):
                right = ir.Binary(B.BIT_AND, right, ir.IntLiteral(bits - 1, type=t.INT), type=right.type)
        if left is node.left and right is node.right:
            return node
        return dataclasses.replace(node, left=left, right=right)

    def to_unsigned(self, original: ir.Expr, node: ir.Expr, type_: t.Type) -> ir.Expr:
        if not (isinstance(original.type, t.IntType) and original.type.signed):
            return node
        if not _may_be_negative(self.ranges.exact(original)):
            return node
        return wrapped(node, type_)

    def cast(self, original: ir.Cast, node: ir.Cast) -> ir.Expr:
        source, target = original.operand.type, original.type
        java = self.semantics.java_edges
        # the operand's range only where it decides something (asking runs the analysis)
        if isinstance(target, t.IntType) and target.bits is not None:
            floating = isinstance(source, t.FloatType) and (java or self.semantics.x86)
            if not (isinstance(source, (t.IntType, t.CharType)) or floating):
                return node
            if self.ranges.exact(original.operand).within(_plainly_converted(source, target)):
                return node
            if isinstance(source, t.FloatType) and not java:
                return _indefinite(node.operand, target)
            if isinstance(source, t.FloatType):
                return _java_from_double(node.operand, target)
            return wrapped(node.operand, target)
        if isinstance(target, t.CharType) and not java and isinstance(source, t.IntType):
            self.char_store(original.operand, original)
        if isinstance(target, t.CharType) and java and isinstance(source, t.FloatType):
            return dataclasses.replace(node, operand=_java_from_double(node.operand, t.IntType(16, False)))
        if not (isinstance(target, t.CharType) and java and isinstance(source, t.IntType)):
            return node
        if not self.ranges.exact(original.operand).within(self.semantics.char_range):
            return dataclasses.replace(node, operand=wrapped(node.operand, t.IntType(16, False)))
        return node

    def converted(self, original: ir.Expr, node: ir.Expr, type_: t.Type) -> ir.Expr:
        """A value stored into ``type_`` (a declaration, a return): an implicit integer conversion
        that may change it is made explicit."""
        if isinstance(type_, t.CharType) and isinstance(original.type, t.IntType) and not self.semantics.java_edges:
            self.char_store(original, original)
        if not (isinstance(type_, t.IntType) and type_.bits is not None):
            return node
        if not isinstance(original.type, t.IntType) or original.type == type_:
            return node
        if isinstance(node, ir.Wrap) or self.fits(original, type_):
            return node
        return wrapped(node, type_)

    def char_store(self, value: ir.Expr, where: ir.Node) -> None:
        """A C++ ``char`` (signed 8 bits with g++ on x86-64) stored from ``value``, an int: a value
        outside -128..127 wraps around, which no target's character holds (a Python ``chr`` and a
        Java ``char`` take no negative value): refused where the analysis cannot bound it."""
        if not self.ranges.exact(value).within(self.semantics.char_range):
            raise UnsupportedConstruct(
                "rules engine: a C++ char computed from a value that may leave -128..127 (it wraps at 8 bits)",
                where.location,
            )

    # -- increments and compound assignments --------------------------------------------------
    def statement_update(self, update: ir.Node) -> ir.Node:
        self.statement_level = update
        return self.node(update, None)

    def update(self, original: ir.IncDec | ir.AssignExpr, node: ir.IncDec | ir.AssignExpr, statement: bool) -> ir.Expr:  # fmt: skip
        """A plain store converts its value; an increment or compound assignment that may leave
        its target's type becomes ``x = wrap(x op y)`` as a statement, and is refused as a value."""
        if isinstance(node, ir.AssignExpr) and node.op is None:
            assert isinstance(original, ir.AssignExpr)
            value = self.converted(original.value, node.value, node.target.type)
            return node if value is node.value else dataclasses.replace(node, value=value)
        if not self.overflows(original):
            return node
        if not statement and id(original) not in self.hoistable.updates:
            if self.undefined_overflow(original):
                return node  # `while (k--)` of a C++ int: taken not to overflow, as ISO C++ allows
            raise UnsupportedConstruct(
                "rules engine: an increment or compound assignment that may overflow, used as a value",
                original.location,
            )
        stored = self.statement_form(original, node)
        if statement:
            return stored
        return self.hoist(original, node, stored)

    def statement_form(self, original: ir.IncDec | ir.AssignExpr, node: ir.IncDec | ir.AssignExpr) -> ir.AssignExpr:
        """``x = wrap(x op y)`` for the update ``x op= y`` (or ``x++``)."""
        target = node.target
        if any(isinstance(n, (ir.AssignExpr, ir.IncDec, ir.Call)) for n in ir.walk(target)):
            raise UnsupportedConstruct(
                "rules engine: an update that may overflow, of a target with side effects", original.location
            )
        value: ir.Expr
        if isinstance(node, ir.IncDec):
            op, value = (B.ADD if node.delta > 0 else B.SUB), ir.IntLiteral(1, type=t.INT)
        else:
            assert node.op is not None
            op, value = node.op, node.value
        type_ = target.type
        computed = t.promote(type_, value.type) if op not in _SHIFTS else t.promote(type_, t.INT)
        combined = ir.Binary(op, target, value, type=computed, location=original.location)
        return ir.AssignExpr(target, wrapped(combined, type_), type=type_, location=original.location)

    # -- updates used as values, run before their statement (overflow_values) -----------------
    def statement(self, stmt: ir.Stmt, context: t.Type | None) -> ir.Node:
        """``stmt`` rewritten, preceded by the updates it holds that run before it (a block that
        its enclosing block splices in)."""
        saved, self.pending = self.pending, []
        new = self.node(stmt, context)
        pending, self.pending = self.pending, saved
        if not pending:
            return new
        assert isinstance(new, ir.Stmt)
        block = ir.Block((*pending, new), location=stmt.location)
        self.spliced.add(id(block))
        return block

    def hoist(self, original: ir.IncDec | ir.AssignExpr, node: ir.IncDec | ir.AssignExpr, stored: ir.AssignExpr) -> ir.Expr:  # fmt: skip
        """The update run as a statement before its own (``self.pending``); its value read after."""
        target = node.target
        value: ir.Expr = target
        if isinstance(node, ir.IncDec) and not node.prefix:
            if self.taken is None:
                nodes = irtools.nodes(self.original)
                self.taken = {n.id for n in nodes if isinstance(n, ir.Name)}
                self.taken |= {n.name for n in nodes if isinstance(n, (ir.VarDecl, ir.Param, ir.ForEach))}
            name = next(n for n in (f"old{i}" if i else "old" for i in range(1000)) if n not in self.taken)
            self.taken.add(name)
            self.pending.append(ir.VarDecl(name, target.type, target, location=original.location))
            value = ir.Name(name, type=target.type, location=original.location)
        self.pending.append(ir.ExprStmt(stored, location=original.location))
        return value

    def undefined_overflow(self, update: ir.IncDec | ir.AssignExpr) -> bool:
        """A C++ signed update computed in its own type (``k--``, ``s += x`` of an ``int``), whose
        overflow ISO C++ leaves undefined: used as a value, the translation takes it not to
        overflow (as toward Java) rather than refusing ``while (t--)``; as a statement it wraps."""
        type_ = update.target.type
        if self.semantics.java_edges or not (isinstance(type_, t.IntType) and type_.signed and type_.bits):
            return False
        if isinstance(update, ir.IncDec):
            return type_.bits >= 32
        return t.is_integral(update.value.type) and t.promote(type_, update.value.type) == type_

    def overflows(self, update: ir.IncDec | ir.AssignExpr) -> bool:
        type_ = update.target.type
        if isinstance(type_, t.CharType) and not self.semantics.java_edges and id(update) not in self.ranges.trusted:
            self.char_store(update, update)  # `acc += c`, `c++` of a C++ char: promoted, converted back
            return False
        if not (isinstance(type_, t.IntType) and type_.bits is not None):
            return False
        if isinstance(update, ir.AssignExpr) and not t.is_integral(update.value.type):
            return False  # `x += 0.5`: a float conversion, not a wrap-around
        if isinstance(update, ir.IncDec):
            narrower = type_.bits < 32  # promoted to int, then converted back
        else:
            narrower = t.promote(type_, update.value.type) != type_
        if not (self.wraps(type_) or narrower):
            return False  # decided without the range analysis (C++ signed arithmetic)
        return id(update) not in self.ranges.trusted and not self.fits(update, type_)


_LEAVES = frozenset(
    {ir.Name, ir.IntLiteral, ir.FloatLiteral, ir.BoolLiteral, ir.CharLiteral, ir.StringLiteral, ir.NullLiteral}
)
# the rule ``_Rewriter.rewrite`` applies to a node of a class
_UPDATE, _BINARY, _CAST, _DECLARATION, _RETURN, _EXPRESSION, _NONE = range(7)


@dataclass(frozen=True, slots=True)
class _Plan:
    """What the rewriter does with a node class, found once per class."""

    leaf: bool
    """A name or a literal: left as it is."""
    fields: tuple[str, ...]
    """The fields that may hold nodes (``ir.node_fields``)."""
    expression: bool
    rule: int
    """``_UPDATE``...``_NONE``: the rule of ``rewrite`` for the class."""
    updates: bool
    """An ``ExprStmt`` or ``For``: an increment or assignment child is a statement-level update."""
    sizes: bool
    """A ``NewArray`` or ``NewContainer``: its sizes are left as computed."""
    block: bool
    """A ``Block``: statements of updates run before their own are spliced into it."""


_PLANS: dict[type, _Plan] = {}


def _plan(cls: type) -> _Plan:
    if issubclass(cls, ir.IncDec | ir.AssignExpr):
        rule = _UPDATE
    elif issubclass(cls, ir.Binary):
        rule = _BINARY
    elif issubclass(cls, ir.Cast):
        rule = _CAST
    elif issubclass(cls, ir.VarDecl):
        rule = _DECLARATION
    elif issubclass(cls, ir.Return):
        rule = _RETURN
    else:
        rule = _EXPRESSION if issubclass(cls, ir.Expr) else _NONE
    plan = _Plan(
        leaf=cls in _LEAVES,
        fields=ir.node_fields(cls),
        expression=issubclass(cls, ir.Expr),
        rule=rule,
        updates=issubclass(cls, ir.ExprStmt | ir.For),
        sizes=issubclass(cls, ir.NewArray | ir.NewContainer),
        block=issubclass(cls, ir.Block),
    )
    _PLANS[cls] = plan
    return plan


def _plain_ints(function: ir.Function) -> bool:
    """No cast, and no integer type but ``int`` anywhere (in a value, a declaration, a parameter,
    the result, or inside a container's type). Then, with C++'s semantics (signed overflow
    undefined, no Java edges), every rule of ``_Rewriter`` leaves its node as it is: no unsigned
    operand to convert, no conversion between integer types, no narrower increment, no cast;
    the range analysis is never asked and nothing is refused."""
    if not _int_only(function.return_type):
        return False
    for node in irtools.nodes(function):
        if isinstance(node, ir.Cast):
            return False
        type_ = getattr(node, "type", None)
        if type_ is not None and not _int_only(type_):
            return False
        type_ = getattr(node, "var_type", None)
        if type_ is not None and not _int_only(type_):
            return False
    return True


@functools.lru_cache(maxsize=1024)
def _int_only(type_: t.Type) -> bool:
    """No integer type but ``int`` in ``type_`` or in the types it is made of."""
    if isinstance(type_, t.IntType):
        return type_ == t.INT
    for spec in dataclasses.fields(type_):
        value = getattr(type_, spec.name)
        parts = value if isinstance(value, tuple) else (value,)
        if any(isinstance(part, t.Type) and not _int_only(part) for part in parts):
            return False
    return True


def _stores_wrap(type_: t.IntType) -> bool:
    """What a variable holds after a store of a value outside its type, for the range analysis:
    any value of the type, in every source. Even where C++ signed overflow is not reduced (toward
    Java, whose own ``int`` wraps at the same width), the variable holds what g++ computes: a
    ``res *= u`` of an ``unsigned u`` is unsigned arithmetic converted back, and ``res`` may be
    negative after it."""
    return True


def _indefinite(operand: ir.Expr, target: t.IntType) -> ir.Expr:
    """A C++ conversion of a double to ``target`` as x86-64 computes it: through the 32- or
    64-bit signed form (``LibOp.X86_INT``; an ``unsigned int`` through the 64-bit one, as g++
    converts it), a narrower type keeping its low bits; an ``unsigned long long`` is its own
    ``X86_INT`` (g++ converts ``x - 2**63`` from ``2**63`` on and sets the top bit)."""
    register = t.LONG if target.bits == 64 or (not target.signed and target.bits == 32) else t.INT
    if not target.signed and target.bits == 64:
        register = target
    converted = ir.LibraryCall(L.X86_INT, (operand,), type=register, location=operand.location)
    return converted if register == target else wrapped(converted, target)


def _java_from_double(operand: ir.Expr, target: t.IntType) -> ir.Expr:
    """Java's conversion of a double to ``target``: to a long or an int by saturating (NaN is 0);
    to a byte, short or char through the int (d2i, then i2b/i2s/i2c keep its low bits:
    ``(byte) 1e18`` is -1, not 127)."""
    register = target if (target.bits or 64) >= 32 else t.INT
    converted = ir.LibraryCall(L.SATURATING_INT, (operand,), type=register, location=operand.location)
    return converted if register == target else wrapped(converted, target)


def _plainly_converted(source: t.Type, target: t.IntType) -> Interval:
    """The values ``source`` converts to ``target`` alike in every language: the target's own,
    but a double converted to an unsigned 64-bit type only below ``2**63`` (Java's ``(long)`` of
    a double saturates there, and the unsigned value is held in a long)."""
    if isinstance(source, t.FloatType) and not target.signed and target.bits == 64:
        return Interval(0, (1 << 63) - 1)
    return iv.of_type(target)


def _unsigned(type_: t.Type) -> bool:
    return isinstance(type_, t.IntType) and not type_.signed and type_.bits is not None


def _may_be_negative(value: Interval) -> bool:
    return value.low is None or value.low < 0
