"""Python integers never overflow: the translation's integers are as wide as their values need.

The front end types an integer ``int`` (32 bits) unless a rule says more (products of two variables
and self-combining tables are 64-bit, see ``expressions``). After the final build, the range
analysis (``analysis.ranges``) runs on each function, its parameters taking the values of their
types: the exact value of every arithmetic expression the front end built, of every value stored
into an int variable or into an element of a local table, returned, or passed to a function of the
file. One that leaves 32 bits makes its expression (by its syntax node: ``ModuleBuilder.wide``), its
variable, its table's elements, the function's result or the callee's parameter 64-bit, and the
functions are built again until nothing widens. A parameter keeps its interface type (the body
works on a 64-bit copy); a parameter's elements and a result pinned by ``--signature`` keep theirs,
with a warning.

A value that may leave 64 bits as well is a warning, as before ("a Python integer may exceed 64
bits"), except where the bound is shown: a function whose parameters' types are stated (PEP 484
hints) and whose value is bounded without any loop (``x * x * x`` of an ``int``) is refused with
its location, since no C++/Java integer holds what Python computes there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.analysis import intervals as iv
from transcoder.engines.rules.analysis.intervals import Interval
from transcoder.engines.rules.analysis.ranges import CONTAINER_SIZE, Ranges, State
from transcoder.errors import UnsupportedConstruct

if TYPE_CHECKING:
    from transcoder.engines.rules.python.frontend.base import BuilderBase
    from transcoder.engines.rules.python.infer import FunctionTypes

B = ir.BinaryOp
PYTHON_CHARS = Interval(0, 0x10FFFF)
INT32 = iv.of_type(t.INT)
INT64 = iv.of_type(t.LONG)
_LOOPS = (ir.For, ir.ForEach, ir.While, ir.DoWhile)


@dataclass
class Widening:
    """What one round found: whether anything widened, and the warnings of values beyond 64 bits."""

    changed: bool = False
    warnings: list[str] = field(default_factory=list)


def _narrow(type_: t.Type) -> bool:
    return isinstance(type_, t.IntType) and type_.bits == 32


def _exceeds(value: Interval, type_: t.Type) -> bool:
    return isinstance(type_, t.IntType) and type_.bits in (32, 64) and not value.within(iv.of_type(type_))


class PythonRanges(Ranges):
    """The range analysis, where a call of a function of the file takes the values its returns
    took (``results``, from the functions analysed before: callees come first)."""

    def __init__(
        self, function: ir.Function, results: dict[str, Interval], globals_: tuple[ir.VarDecl, ...]
    ) -> None:
        self.results = results
        super().__init__(function, lambda _: False, PYTHON_CHARS, globals_)

    def expr(self, expr: ir.Expr, state: State, ring_parent: t.Type | None = None) -> Interval:
        if isinstance(expr, ir.Call) and expr.function in self.results:
            for arg in expr.args:
                super().expr(arg, state)
            value = self.results[expr.function]
            self.values[id(expr)] = value
            return self.stored(value, expr.type)
        return super().expr(expr, state, ring_parent)


class FunctionWidths:
    """One function's round: the range analysis of its final build, and what must widen."""

    def __init__(
        self,
        builder: BuilderBase,
        function: ir.Function,
        env: dict[str, FunctionTypes],
        wide: set[int],
        globals_: tuple[ir.VarDecl, ...],
        results: dict[str, Interval],
    ) -> None:
        self.builder = builder
        self.function = function
        self.types = env[builder.name]
        self.env = env
        self.wide = wide
        self.ranges = PythonRanges(function, results, globals_)
        self.results = results
        # The bound is shown: stated parameter types, and no loop, call or int taken from a float
        # (round(x) of a huge float) that could hide growth.
        self.shown = bool(self.types.hinted & set(self.types.params)) and not any(
            isinstance(node, (*_LOOPS, ir.Call)) or _from_float(node) for node in ir.walk(function.body)
        )
        self.found = Widening()

    def run(self) -> Widening:
        returned: Interval | None = None
        # Positions need no width: Python raises IndexError before an index leaves 32 bits; nor
        # the bounds of a range() loop (the front end's only `for`), which would run 2**31 times.
        positions = {
            id(inner)
            for node in ir.walk(self.function.body)
            for part in (*_positions(node), *self.recursion_steps(node))
            for inner in ir.walk(part)
        }
        # the step of a counter (`count = count + 1`) is taken to fit, as the counter is
        positions |= {id(_uncast(node.value)) for node in ir.walk(self.function.body)
                      if isinstance(node, ir.AssignExpr) and _counts(node)}  # fmt: skip
        for node in ir.walk(self.function.body):
            if id(node) not in positions:
                self.visit(node)
            if isinstance(node, ir.Return) and node.value is not None:
                value = self.value_of(node.value)
                returned = value if returned is None else returned.join(value)
        if returned is not None:
            self.results[self.function.name] = returned
        return self.found

    def recursion_steps(self, node: ir.Node) -> list[ir.Expr]:
        """``f(n - 1)`` in ``f``: the argument steps its own parameter toward a base case; it is
        taken to fit where the parameter does (as a counter's step is)."""
        if not isinstance(node, ir.Call) or node.function != self.function.name:
            return []
        params = [self.builder.rename(p) for p in self.types.params]
        return [arg for param, arg in zip(params, node.args, strict=False) if _stepped(arg, param)]

    def visit(self, node: ir.Node) -> None:
        origin = self.builder.origins.get(id(node))
        if origin is not None and isinstance(node, ir.Expr | ir.VarDecl):
            self.expression(node, origin)
        if isinstance(node, ir.VarDecl) and node.init is not None:
            self.stored(node.name, node.type, self.value_of(node.init), node)
        elif isinstance(node, ir.AssignExpr) and not _counts(node):
            value = self.value_of(node.value) if node.op is None else self.exact(node)
            if isinstance(node.target, ir.Name):
                self.stored(node.target.id, node.type, value, node)
            elif isinstance(node.target, ir.Index):
                self.element(node.target, value, node)
        elif isinstance(node, ir.Return) and node.value is not None:
            self.returned(self.value_of(node.value), node)
        elif isinstance(node, ir.Call) and node.function in self.builder.module.functions:
            self.arguments(node)

    def expression(self, node: ir.Expr | ir.VarDecl, origin: int) -> None:
        """An arithmetic expression (or a fold's accumulator) the front end built from ``origin``."""
        if isinstance(node, ir.VarDecl):
            type_, value = node.type, self.accumulated(node)
        else:
            type_ = node.type
            value = self.sum_of(node) if _is_sum(node) else self.exact(node)
        if not _exceeds(value, type_):
            return
        self.beyond_64(value, node)
        if _narrow(type_) and origin not in self.wide:
            self.wide.add(origin)
            self.found.changed = True

    def value_of(self, expr: ir.Expr) -> Interval:
        """The exact value of ``expr`` before the front end narrowed it to its slot's type (a cast
        it inserted: what Python computes there)."""
        while isinstance(expr, ir.Cast) and t.is_integral(expr.type) and t.is_integral(expr.operand.type):
            expr = expr.operand
        return self.exact(expr)

    def exact(self, expr: ir.Node) -> Interval:
        """The analysis's exact value of ``expr``; where it never went (inside a ``try``, which it
        does not follow), the value is taken to fit its type."""
        found = self.ranges.values.get(id(expr))
        if found is not None:
            return found
        return iv.of_type(expr.type) if isinstance(expr, ir.Expr) else Interval(0, 0)

    def accumulated(self, declaration: ir.VarDecl) -> Interval:
        """The values a fold's accumulator takes: those of each step adding to it."""
        found = Interval(0, 0)
        for node in ir.walk(self.function.body):
            if isinstance(node, ir.AssignExpr) and isinstance(node.target, ir.Name) and node.target.id == declaration.name:
                found = found.join(self.exact(node))
        return found

    def sum_of(self, node: ir.Expr) -> Interval:
        """``sum(values)``: up to a container's size of its elements."""
        assert isinstance(node, ir.LibraryCall)
        sequence = node.args[0]
        element = t.element_type(sequence.type) if sequence is not None else t.UNKNOWN
        each = iv.of_type(element, PYTHON_CHARS)
        return each * CONTAINER_SIZE

    def stored(self, printed: str, type_: t.Type, value: Interval, node: ir.Node) -> None:
        name = self.builder.python_name(printed)
        if not _exceeds(value, type_) or name not in self.types.variables:
            return
        self.beyond_64(value, node)
        if not _narrow(type_) or not _narrow(self.types.variables[name]):
            return
        if name in self.types.params and name not in self.types.entry_types:
            # the interface keeps its int; the body works on a 64-bit copy
            self.types.entry_types[name] = self.types.variables[name]
        self.types.variables[name] = t.LONG
        self.found.changed = True

    def element(self, target: ir.Index, value: Interval, node: ir.Node) -> None:
        """A value stored into an element: a local table of ints becomes a table of longs."""
        base = target.base
        depth = 0
        while isinstance(base, ir.Index):
            base, depth = base.base, depth + 1
        if not isinstance(base, ir.Name) or not _exceeds(value, target.type):
            return
        self.beyond_64(value, node)
        name = self.builder.python_name(base.id)
        if not _narrow(target.type) or name not in self.types.variables:
            return
        if name in self.types.params:
            self.warn(f"'{name}' is a parameter whose elements Python makes wider than 32 bits", node)
            return
        widened = _with_innermost(self.types.variables[name], depth)
        if widened is not None:
            self.types.variables[name] = widened
            self.found.changed = True

    def returned(self, value: Interval, node: ir.Return) -> None:
        if not _exceeds(value, self.function.return_type):
            return
        self.beyond_64(value, node)
        if not _narrow(self.types.result):
            return
        if self.types.result_pinned and not self.types.result_hinted:
            self.warn("the result may exceed the interface's 32 bits (Python integers never overflow)", node)
            return
        self.types.result = t.LONG
        self.found.changed = True

    def arguments(self, call: ir.Call) -> None:
        callee = self.env.get(call.function)
        if callee is None:
            return
        recursive = call.function == self.function.name
        for param, arg in zip(callee.params, call.args, strict=False):
            if recursive and _stepped(arg, self.builder.rename(param)):
                continue  # f(n - 1) in f: a step from a value that fitted the parameter
            value = self.value_of(arg)
            declared = callee.variables.get(param, t.UNKNOWN)
            if not _exceeds(value, declared) or not _narrow(declared):
                continue
            if param in callee.pinned and param not in callee.hinted:
                continue  # the --signature's interface: the caller's value is converted
            callee.variables[param] = t.LONG
            self.found.changed = True

    def beyond_64(self, value: Interval, node: ir.Node) -> None:
        """A value that may not fit 64 bits either: refused where the bound is shown, else a warning
        where it grows by products or shifts (sums take more steps than any run makes)."""
        if value.within(INT64):
            return
        if not _multiplies(node):
            return
        if value.bounded and self.shown:
            raise UnsupportedConstruct(
                f"rules engine: this Python integer may need more than 64 bits (up to {max(abs(value.low), abs(value.high))}: "  # type: ignore[arg-type]
                "no C++/Java integer holds it)",
                getattr(node, "location", None),
            )
        self.warn("a Python integer here may exceed 64 bits (computed in 64)", node)

    def warn(self, message: str, node: ir.Node) -> None:
        location = getattr(node, "location", None)
        where = f"line {location.line}: " if location is not None else ""
        text = f"{self.builder.name}: {where}{message}"
        if text not in self.found.warnings:
            self.found.warnings.append(text)


def _from_float(node: ir.Node) -> bool:
    """An integer made from a float (a cast, or rounding): Python's may have any size."""
    if isinstance(node, ir.Cast):
        return t.is_integral(node.type) and isinstance(node.operand.type, t.FloatType)
    return isinstance(node, ir.LibraryCall) and node.op in (
        ir.LibOp.ROUND, ir.LibOp.ROUND_HALF_EVEN, ir.LibOp.ROUND_HALF_UP, ir.LibOp.SATURATING_INT
    )


def _positions(node: ir.Node) -> tuple[ir.Node, ...]:
    """The parts of ``node`` that are positions or loop bounds (see ``FunctionWidths.run``)."""
    if isinstance(node, ir.Index):
        return (node.index,)
    if isinstance(node, ir.For):
        return (*node.init, *((node.condition,) if node.condition is not None else ()), *node.update)
    return ()


def _counts(node: ir.AssignExpr) -> bool:
    """``count += 1``, ``x = x - 2``, ``d[k] = d.get(k, 0) + 1``: a counter stepping by a small
    constant. Taken to stay in 32 bits: it would take more than 2**31 / step steps to leave them
    (the one assumption here)."""
    value = node.value
    while isinstance(value, ir.Cast):
        value = value.operand
    if node.op in (B.ADD, B.SUB):
        return _small(value)
    if node.op is None and isinstance(value, ir.Binary) and value.op in (B.ADD, B.SUB):
        if isinstance(node.target, ir.Name):
            same = isinstance(value.left, ir.Name) and value.left == node.target
        else:  # an element, from a read of its own container
            base = node.target
            while isinstance(base, ir.Index):
                base = base.base
            same = isinstance(base, ir.Name) and any(
                isinstance(n, ir.Name) and n.id == base.id for n in ir.walk(value.left)
            )
        return same and _small(value.right)
    return False


def _uncast(value: ir.Expr) -> ir.Expr:
    while isinstance(value, ir.Cast):
        value = value.operand
    return value


def _stepped(value: ir.Expr, name: str) -> bool:
    """``n``, ``n - 1``, ``n + 2`` of the variable ``name``: it, or it a small constant away."""
    if isinstance(value, ir.Cast):
        value = value.operand
    if isinstance(value, ir.Binary) and value.op in (B.ADD, B.SUB) and _small(value.right):
        value = value.left
    return isinstance(value, ir.Name) and value.id == name


def _small(value: ir.Expr) -> bool:
    return isinstance(value, ir.IntLiteral) and abs(value.value) <= 1 << 8


def _multiplies(node: ir.Node) -> bool:
    """Whether ``node`` grows its value by a product, a power or a shift."""
    growing = (B.MUL, B.SHL)
    if isinstance(node, ir.Binary):
        return node.op in growing
    if isinstance(node, ir.AssignExpr):
        return node.op in growing or (node.op is None and isinstance(node.value, ir.Binary) and node.value.op in growing)
    if isinstance(node, ir.VarDecl | ir.Return):
        value = node.init if isinstance(node, ir.VarDecl) else node.value
        return isinstance(value, ir.Binary) and value.op in growing
    return False


def _is_sum(node: ir.Expr) -> bool:
    return isinstance(node, ir.LibraryCall) and node.op == ir.LibOp.ACCUMULATE


def _with_innermost(type_: t.Type, depth: int) -> t.Type | None:
    """``type_`` (a table ``depth`` levels deep) with 64-bit elements at the bottom."""
    if depth == 0:
        if isinstance(type_, t.ArrayType | t.ListType) and _narrow(type_.element):
            return type(type_)(t.LONG)
        if isinstance(type_, t.MapType) and _narrow(type_.value):
            return t.MapType(type_.key, t.LONG, type_.order)
        return None
    if isinstance(type_, t.ArrayType | t.ListType):
        inner = _with_innermost(type_.element, depth - 1)
        return type(type_)(inner) if inner is not None else None
    return None


def widen(
    built: Sequence[tuple[BuilderBase, ir.Function]],
    env: dict[str, FunctionTypes],
    wide: set[int],
    globals_: tuple[ir.VarDecl, ...],
    warn: Callable[[str], None],
) -> bool:
    """One round over every function; True if a type or an expression widened (build again)."""
    changed = False
    results: dict[str, Interval] = {}
    for builder, function in built:
        found = FunctionWidths(builder, function, env, wide, globals_, results).run()
        changed |= found.changed
        for message in found.warnings:
            warn(message)
    return changed
