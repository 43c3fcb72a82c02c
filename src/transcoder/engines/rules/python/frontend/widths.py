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

The third width: a value that 64 bits may not hold becomes a big integer (``types.BIGINT``; Java
``BigInteger``, C++ the runtime class ``BigInt``), with the same fixpoint: a value that may leave
64 bits and grows by a product, a power (``a ** b``) or a shift, or an element built from others
of its own table (``t[i] = t[i - 1] + t[i - 2]``), makes its expression (``ModuleBuilder.big``),
variable, table elements, result or callee's parameter big; and what a big value flows into (a
variable, an element, a result, an argument, a returned table) becomes big in turn, unless the
analysis shows the value fits (``p = p * i % MOD`` stays a ``long``). Sums alone are taken to
fit 64 bits (they take more steps than any run makes), unless two of their terms may each be any
64-bit value (``a, b = b, a + b``; ``nxt.append(nxt[-1] + v)`` of a list's elements carried
through a loop): one step may leave 64 bits then. A list, array or tuple written out widens its
elements to hold its values (``f = [f[1], f[0] + f[1]]``). A file without stated types (whose ints
are the 32-bit ones the code was most likely written for) has only the variables that multiply
themselves in a loop (``r *= i``: ``assignments.check_growth``, ``grow_big``) made big, and what
they flow into. A pinned interface (``--signature``) keeps its declared type, converted with a
warning (a checked conversion: a value it cannot hold throws). A target without big integers
(``Target.big_integers``), or ``exact_ints=False``, keeps the 64-bit translation with a warning
instead, and refuses where the bound is shown (stated parameter types, no loop: ``x * x * x``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.analysis import intervals as iv
from transcoder.engines.rules.analysis.intervals import Interval
from transcoder.engines.rules.analysis.ranges import CONTAINER_SIZE, Ranges, State
from transcoder.errors import SourceLocation, UnsupportedConstruct

if TYPE_CHECKING:
    from transcoder.engines.rules.python.frontend.base import BuilderBase
    from transcoder.engines.rules.python.infer import FunctionTypes

B = ir.BinaryOp
PYTHON_CHARS = Interval(0, 0x10FFFF)
INT32 = iv.of_type(t.INT)
INT64 = iv.of_type(t.LONG)
_LOOPS = (ir.For, ir.ForEach, ir.While, ir.DoWhile)
_PUT_INTO = frozenset(
    {ir.LibOp.SET_ADD, ir.LibOp.LIST_APPEND, ir.LibOp.MAP_PUT, ir.LibOp.MAP_GET, ir.LibOp.CONTAINS, ir.LibOp.MAP_GET_OR}
)


@dataclass
class Widening:
    """What one round found: whether anything widened, and the warnings of values beyond 64 bits."""

    changed: bool = False
    warnings: list[str] = field(default_factory=list)
    narrowed: list[tuple[ir.Cast, SourceLocation | None]] = field(default_factory=list)
    """Conversions the front end put where a value meets a narrower slot, which the value may
    not fit (a refusal once nothing widens any more: ``widen``)."""


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
                self.expr(arg, state)  # this class's rules too: g(int(s)), g(a ** b)
            value = self.results[expr.function]
            self.values[id(expr)] = value
            return self.stored(value, expr.type)
        if _integer_power(expr):
            assert isinstance(expr, ir.Cast) and isinstance(expr.operand, ir.LibraryCall)
            base, exponent = (self.expr(arg, state) for arg in expr.operand.args if arg is not None)
            value = _power(base, exponent)
            self.values[id(expr)] = value
            return self.stored(value, expr.type)
        if isinstance(expr, ir.LibraryCall) and expr.op == ir.LibOp.PARSE_INT:
            super().expr(expr, state, ring_parent)  # int(s) of a text: any value 64 bits hold (its helpers
            self.values[id(expr)] = INT64  # raise beyond), not the int its 32-bit first build guessed
            return self.stored(INT64, expr.type)
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
        exact: bool = True,
    ) -> None:
        self.builder = builder
        self.function = function
        self.types = env[builder.name]
        self.env = env
        self.wide = wide
        self.big = builder.module.big
        self.all_widths = exact
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
        where = self.function.location
        # a size converted to an int: Python cannot make a list of 2**31 elements either
        sizes = {id(size) for node in ir.walk(self.function.body) for size in _sizes(node)}
        for node in ir.walk(self.function.body):
            where = node.location or where  # parents come first: the nearest place above
            if id(node) not in positions:
                self.visit(node)
                if id(node) not in sizes:
                    self.narrowing(node, where)
            if isinstance(node, ir.Return) and node.value is not None:
                value = self.value_of(node.value)
                returned = value if returned is None else returned.join(value)
        if returned is not None:
            self.results[self.function.name] = returned
        return self.found

    def narrowing(self, node: ir.Node, where: SourceLocation | None) -> None:
        """A conversion from a wider int to a narrower one (a Python source writes none: the front
        end put it where a value meets a slot of a narrower type, ``joined.add((int) item)``) whose
        value may not fit: the translation would wrap where Python's value is exact."""
        if not (self.all_widths and isinstance(node, ir.Cast) and isinstance(node.type, t.IntType)):
            return
        source = node.operand.type
        if not (isinstance(source, t.IntType) and source.bits is not None and node.type.bits is not None):
            return
        if node.type.bits >= source.bits or not _exceeds(self.value_of(node.operand), node.type):
            return
        if isinstance(self.function.return_type, t.OptionalType) and any(
            isinstance(part, ir.Return) and any(inner is node for inner in ir.walk(part))
            for part in ir.walk(self.function.body)
        ):
            return  # an int or None returned: its width is not followed (README Known gaps)
        self.found.narrowed.append((node, where))

    def recursion_steps(self, node: ir.Node) -> list[ir.Expr]:
        """``f(n - 1)`` in ``f``: the argument steps its own parameter toward a base case; it is
        taken to fit where the parameter does (as a counter's step is)."""
        if not isinstance(node, ir.Call) or node.function != self.function.name:
            return []
        params = [self.builder.rename(p) for p in self.types.params]
        return [arg for param, arg in zip(params, node.args, strict=False) if _stepped(arg, param)]

    def tables(self, node: ir.Node) -> None:
        """A table of big integers stored into a variable or returned: its type goes with it."""
        if isinstance(node, ir.Return) and node.value is not None:
            wider = _bigger(self.types.result, _uncast_int(node.value))
            if wider is not None and not self.types.result_pinned:
                self.types.result, self.found.changed = wider, True
            return
        if isinstance(node, ir.VarDecl):
            name, value = node.name, node.init
        elif isinstance(node, ir.AssignExpr) and node.op is None and isinstance(node.target, ir.Name):
            name, value = node.target.id, node.value
        else:
            return
        name = self.builder.python_name(name)
        wider = _bigger(self.types.variables.get(name, t.UNKNOWN), _uncast_int(value))
        if wider is not None and name not in self.types.params:
            self.types.variables[name], self.found.changed = wider, True

    def contained(self, node: ir.Node) -> None:
        """A wider int put into a local set or list (``s.add(x)``, ``a.append(x)``) or used as a
        map's key (``m[x] = v``, ``m.get(x)``, ``x in m``): the container's elements or keys
        take its type, so a big integer is a key of its own and not a checked conversion."""
        if isinstance(node, ir.LibraryCall) and node.op in _PUT_INTO and len(node.args) >= 2:
            container, value = node.args[0], node.args[1]
        elif isinstance(node, ir.Index) and isinstance(node.base.type, t.MapType):
            container, value = node.base, node.index
        else:
            return
        value = _uncast_int(value)
        if not isinstance(container, ir.Name) or value is None:
            return
        name = self.builder.python_name(container.id)
        declared = self.types.variables.get(name)
        if name in self.types.params or not isinstance(declared, t.SetType | t.ListType | t.MapType):
            return
        slot = declared.key if isinstance(declared, t.MapType) else declared.element
        if not _widens(slot, value.type):
            return
        if isinstance(declared, t.MapType):
            self.types.variables[name] = dataclasses.replace(declared, key=value.type)
        else:
            self.types.variables[name] = dataclasses.replace(declared, element=value.type)
        self.found.changed = True

    def list_assigned(self, variable: str, given: t.Type) -> None:
        """``row = nxt`` of a list whose ints are wider (``contained`` widened ``nxt``): the
        variable's elements too, or the targets would not build (``List<Integer> = List<Long>``)."""
        name = self.builder.python_name(variable)
        wider = _wider_elements(given, self.types.variables.get(name, t.UNKNOWN))
        if wider is not None and name not in self.types.params:
            self.types.variables[name], self.found.changed = wider, True

    def literal_parts(self, node: ir.Node) -> None:
        """``f = [f[1], f[0] + f[1]]``, ``p = (p[1], p[0] + p[1])``, ``return [a, a * b]``: a list,
        array, pair or tuple written out, one of whose values does not fit its position's type
        (the front end narrowed it there): the variable's (or result's) elements or that
        position widen, as a value stored into a variable widens it."""
        if isinstance(node, ir.Return) and node.value is not None:
            declared, value, name = self.types.result, node.value, None
            if self.types.result_pinned:
                return
        elif isinstance(node, ir.VarDecl) and node.init is not None:
            name, value = self.builder.python_name(node.name), node.init
        elif isinstance(node, ir.AssignExpr) and node.op is None and isinstance(node.target, ir.Name):
            name, value = self.builder.python_name(node.target.id), node.value
        else:
            return
        if name is not None:
            if name in self.types.params or name not in self.types.variables:
                return
            declared = self.types.variables[name]
        widened = self.widened_parts(declared, value)
        if widened is None:
            return
        if name is None:
            self.types.result = widened
        else:
            self.types.variables[name] = widened
        self.found.changed = True

    def widened_parts(self, declared: t.Type, value: ir.Expr) -> t.Type | None:
        """``declared`` with the positions of the literal ``value`` that its values outgrow
        widened (to 64 bits, or to big integers); None where nothing outgrows its position."""
        value = _uncast(value)
        if isinstance(value, ir.ArrayLiteral) and isinstance(declared, t.ArrayType | t.ListType):
            element = declared.element
            for part in value.elements:
                element = self.wider_slot(element, part)
            return dataclasses.replace(declared, element=element) if element != declared.element else None
        parts = t.tuple_parts(declared)
        if not (isinstance(value, ir.LibraryCall) and value.op in (ir.LibOp.MAKE_PAIR, ir.LibOp.MAKE_TUPLE)):
            return None
        if parts is None or len(parts) != len(value.args):
            return None
        wider = tuple(self.wider_slot(slot, arg) for slot, arg in zip(parts, value.args, strict=True) if arg is not None)
        if wider == parts or len(wider) != len(parts):
            return None
        return t.PairType(*wider) if isinstance(declared, t.PairType) else t.TupleType(wider)

    def wider_slot(self, slot: t.Type, part: ir.Expr) -> t.Type:
        """The type a position of ``slot`` needs to hold ``part``'s exact value."""
        if not isinstance(slot, t.IntType) or slot.bits is None:
            return slot
        value = self.value_of(part)
        if not _exceeds(value, slot):
            return slot
        if self.beyond_64(value, _uncast_int(part) or part):
            return t.BIGINT
        return t.LONG if self.all_widths and _narrow(slot) else slot

    def visit(self, node: ir.Node) -> None:
        self.tables(node)
        self.literal_parts(node)
        self.contained(node)
        origin = self.builder.origins.get(id(node))
        if origin is not None and isinstance(node, ir.Expr | ir.VarDecl):
            self.expression(node, origin)
        if isinstance(node, ir.VarDecl) and node.init is not None:
            self.list_assigned(node.name, node.init.type)
            self.stored(node.name, node.type, self.value_of(node.init), node)
        elif isinstance(node, ir.AssignExpr) and not _counts(node):
            value = self.value_of(node.value) if node.op is None else self.exact(node)
            if isinstance(node.target, ir.Name) and node.op is None:
                self.list_assigned(node.target.id, node.value.type)
            if isinstance(node.target, ir.Name):
                self.stored(node.target.id, node.type, value, node)
            elif isinstance(node.target, ir.Index):
                self.element(node.target, value, node)
        elif isinstance(node, ir.Return) and node.value is not None:
            self.returned(self.value_of(node.value), node)
        elif isinstance(node, ir.ForEach) and isinstance(node.iterable.type, t.ListType | t.ArrayType):
            element = node.iterable.type.element  # `for x in xs` of a list of wider ints: x too
            name = self.builder.python_name(node.name)
            if _widens(self.types.variables.get(name, t.UNKNOWN), element):
                self.types.variables[name], self.found.changed = element, True
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
        if self.beyond_64(value, node):
            if origin not in self.big:
                self.big.add(origin)
                self.found.changed = True
        elif self.all_widths and _narrow(type_) and origin not in self.wide:
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
        declared = self.types.variables[name]
        if self.beyond_64(value, node):
            if isinstance(declared, t.IntType) and declared.bits in (32, 64):
                self.keep_entry(name)
                self.types.variables[name] = t.BIGINT
                self.found.changed = True
            return
        if not self.all_widths or not _narrow(type_) or not _narrow(declared):
            return
        self.keep_entry(name)
        self.types.variables[name] = t.LONG
        self.found.changed = True

    def keep_entry(self, name: str) -> None:
        """A parameter keeps its interface type; the body works on a wider copy."""
        if name in self.types.params and name not in self.types.entry_types:
            self.types.entry_types[name] = self.types.variables[name]

    def element(self, target: ir.Index, value: Interval, node: ir.Node) -> None:
        """A value stored into an element: a local table of ints becomes a table of longs."""
        base = target.base
        depth = 0
        while isinstance(base, ir.Index):
            base, depth = base.base, depth + 1
        if not isinstance(base, ir.Name) or not _exceeds(value, target.type):
            return
        big = self.beyond_64(value, node)
        name = self.builder.python_name(base.id)
        if not (big or (self.all_widths and _narrow(target.type))) or name not in self.types.variables:
            return
        if name in self.types.params:
            self.warn(f"'{name}' is a parameter whose elements Python makes wider than {target.type.bits} bits", node)  # type: ignore[attr-defined]
            return
        widened = _with_innermost(self.types.variables[name], depth, t.BIGINT if big else t.LONG)
        if widened is not None:
            self.types.variables[name] = widened
            self.found.changed = True

    def returned(self, value: Interval, node: ir.Return) -> None:
        if not _exceeds(value, self.function.return_type):
            return
        big = self.beyond_64(value, node)
        result = self.types.result
        if not (big or (self.all_widths and _narrow(result))) or not isinstance(result, t.IntType):
            return
        if self.types.result_pinned and not self.types.result_hinted:
            self.warn(f"the result may exceed the interface's {result.bits} bits (Python integers never overflow)", node)
            return
        self.types.result = t.BIGINT if big else t.LONG
        self.found.changed = True

    def arguments(self, call: ir.Call) -> None:
        callee = self.env.get(call.function)
        if callee is None:
            return
        recursive = call.function == self.function.name
        for param, arg in zip(callee.params, call.args, strict=False):
            if recursive and _stepped(arg, self.builder.rename(param)):
                continue  # f(n - 1) in f: a step from a value that fitted the parameter
            declared = callee.variables.get(param, t.UNKNOWN)
            given = arg.operand if isinstance(arg, ir.Cast) and isinstance(arg.type, t.OptionalType) else arg
            wider = _wider_elements(given.type, declared)
            if wider is not None and not (param in callee.pinned and param not in callee.hinted):
                callee.variables[param] = wider  # a list of 64-bit (or big) ints: the parameter's too
                self.found.changed = True
                continue
            if isinstance(given, ir.Name):  # g(a) widened the parameter: g(b), b a local list, follows
                self.list_assigned(given.id, declared)
            value = self.value_of(arg)
            if not _exceeds(value, declared):
                continue
            big = self.beyond_64(value, arg)
            if not (big or (self.all_widths and _narrow(declared))):
                continue
            if param in callee.pinned and param not in callee.hinted:  # the --signature's interface
                bits = declared.bits if isinstance(declared, t.IntType) else 64
                raise UnsupportedConstruct(
                    f"rules engine: a value that may not fit {bits} bits passed to the parameter '{param}' that "
                    "the signature pins (Python's integers never overflow)",
                    getattr(arg, "location", None) or call.location,
                )
            callee.variables[param] = t.BIGINT if big else t.LONG
            self.found.changed = True

    def beyond_64(self, value: Interval, node: ir.Node) -> bool:
        """Whether a value needs arbitrary precision: it may not fit 64 bits, and it grows by
        products, powers or shifts (sums take more steps than any run makes) or is computed from
        a value that already needs it. A target without big integers warns instead (refuses where
        the bound is shown: stated parameter types and no loop)."""
        if value.within(INT64):
            return False
        if self.builder.module.big_ints:
            grows = _multiplies(node) or _self_combines(node) or self.adds_full_ranges(node)
            return (self.all_widths and grows) or _carries_big(node)
        if not _multiplies(node):
            return False
        if value.bounded and self.shown:
            raise UnsupportedConstruct(
                f"rules engine: this Python integer may need more than 64 bits (up to {max(abs(value.low), abs(value.high))}: "  # type: ignore[arg-type]
                "no C++/Java integer holds it)",
                getattr(node, "location", None),
            )
        self.warn("a Python integer here may exceed 64 bits (computed in 64)", node)
        return False

    def adds_full_ranges(self, node: ir.Node) -> bool:
        """A sum of two terms that may each be any 64-bit value (``a, b = b, a + b``, ``nxt[-1] + v``
        of a list's elements carried through a loop): one step may leave 64 bits, so the rule
        that sums take more steps than any run makes (a counter, a total of 32-bit values) does
        not hold. A term spans 64 bits where the analysis widened it to the limit (it grows
        without a bound the analysis finds) or it reads an element of a 64-bit table."""
        terms = _sum_terms(node)
        return sum(_spans_64(self.exact(term)) for term in terms) >= 2

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
        ir.LibOp.ROUND, ir.LibOp.ROUND_HALF_EVEN, ir.LibOp.ROUND_HALF_UP, ir.LibOp.SATURATING_INT, ir.LibOp.PY_INT_OF_FLOAT
    )


def _positions(node: ir.Node) -> tuple[ir.Node, ...]:
    """The parts of ``node`` that are positions or loop bounds (see ``FunctionWidths.run``)."""
    if isinstance(node, ir.Index):
        return (node.index,)
    if isinstance(node, ir.For):
        return (*node.init, *((node.condition,) if node.condition is not None else ()), *node.update)
    return ()


def _sizes(node: ir.Node) -> tuple[ir.Expr, ...]:
    """The sizes of new arrays and lists ``node`` makes (``[0] * (n + 1)``)."""
    if isinstance(node, ir.NewArray):
        return node.dims
    if isinstance(node, ir.NewContainer) and node.size is not None:
        return (node.size,)
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


def _uncast_int(value: ir.Expr | None) -> ir.Expr | None:
    """``value`` without the int-to-int conversions around it."""
    while isinstance(value, ir.Cast) and t.is_integral(value.type) and t.is_integral(value.operand.type):
        value = value.operand
    return value


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


def _integer_power(node: ir.Node | None) -> bool:
    """``a ** b`` of ints, computed by ``pow`` in floating point and converted back."""
    return (
        isinstance(node, ir.Cast)
        and isinstance(node.type, t.IntType)
        and isinstance(node.operand, ir.LibraryCall)
        and node.operand.op == ir.LibOp.POW
    )


def _power(base: Interval, exponent: Interval) -> Interval:
    """The values of ``base ** exponent`` (unbounded unless both are small and known)."""
    if not (base.bounded and exponent.bounded) or exponent.low is None or exponent.low < 0:
        return Interval(None, None)
    assert base.low is not None and base.high is not None and exponent.high is not None
    if exponent.high > 256 or max(abs(base.low), abs(base.high)) > 1 << 64:
        return Interval(None, None)
    ends = [b**e for b in (base.low, base.high, 0 if base.low < 0 < base.high else base.low)
            for e in {max(exponent.low, min(exponent.high, e)) for e in (exponent.low, exponent.low + 1,
                                                                         exponent.high - 1, exponent.high)}]  # fmt: skip
    return Interval(min(ends), max(ends))


def _multiplies(node: ir.Node) -> bool:
    """Whether ``node`` grows its value by a product, a power or a shift."""
    growing = (B.MUL, B.SHL)
    if _integer_power(node) or (isinstance(node, ir.VarDecl | ir.Return | ir.AssignExpr) and _integer_power(
        _uncast_int(node.init if isinstance(node, ir.VarDecl) else node.value)
    )):
        return True
    if isinstance(node, ir.Binary):
        return node.op in growing
    if isinstance(node, ir.AssignExpr):
        return node.op in growing or (node.op is None and isinstance(node.value, ir.Binary) and node.value.op in growing)
    if isinstance(node, ir.VarDecl | ir.Return):
        value = node.init if isinstance(node, ir.VarDecl) else node.value
        return isinstance(value, ir.Binary) and value.op in growing
    return False


def _sum_terms(node: ir.Node) -> list[ir.Expr]:
    """The terms ``node`` adds or subtracts: of a sum, or of the sum stored, returned or added to a
    variable (``x += y``: x and y); none where it is no sum."""
    if isinstance(node, ir.AssignExpr) and node.op in (B.ADD, B.SUB):
        return [node.target, *_sum_terms(node.value)] if _is_add(node.value) else [node.target, node.value]
    if isinstance(node, ir.AssignExpr | ir.VarDecl | ir.Return):
        value = _uncast_int(node.init if isinstance(node, ir.VarDecl) else node.value)
        return _sum_terms(value) if value is not None and _is_add(value) else []
    if not _is_add(node):
        return []
    assert isinstance(node, ir.Binary)
    terms = []
    for side in (node.left, node.right):
        inner = _uncast_int(side)
        assert inner is not None
        terms.extend(_sum_terms(inner) if _is_add(inner) else [inner])
    return terms


def _is_add(node: ir.Node) -> bool:
    return isinstance(node, ir.Binary) and node.op in (B.ADD, B.SUB) and isinstance(node.type, t.IntType)


def _spans_64(value: Interval) -> bool:
    """Whether ``value`` reaches a limit of 64 bits (or beyond): any 64-bit value, as far as known."""
    return value.low is None or value.high is None or value.low <= INT64.low or value.high >= INT64.high  # type: ignore[operator]


def _wider_elements(given: t.Type, declared: t.Type) -> t.Type | None:
    """``declared`` (a list or array parameter's type, maybe optional) with the integer elements of
    ``given`` (an argument's) where those are wider; None where they are not."""
    inner = declared.value if isinstance(declared, t.OptionalType) else declared
    given = given.value if isinstance(given, t.OptionalType) else given
    if not (isinstance(given, t.ListType | t.ArrayType) and isinstance(inner, t.ListType | t.ArrayType)):
        return None
    if not _widens(inner.element, given.element):
        return None
    widened = dataclasses.replace(inner, element=given.element)
    return dataclasses.replace(declared, value=widened) if isinstance(declared, t.OptionalType) else widened


def _widens(type_: t.Type, wider: t.Type) -> bool:
    """Whether ints of ``wider`` are wider than those of ``type_`` (32 < 64 < big)."""
    return (wider == t.LONG and _narrow(type_)) or (wider == t.BIGINT and (_narrow(type_) or type_ == t.LONG))


def _narrower(type_: t.Type, wider: t.Type) -> bool:
    """An int of 32 bits, or of 64 where ``wider`` is the big integer."""
    return _narrow(type_) or (wider == t.BIGINT and type_ == t.LONG)


def _self_combines(node: ir.Node) -> bool:
    """``t[i] = t[i - 1] + t[i - 2]``, ``t[i] += t[j]``: an element built from others of its own
    table, which grows exponentially (counting tables)."""
    if not isinstance(node, ir.AssignExpr) or not isinstance(node.target, ir.Index) or node.op not in (None, B.ADD):
        return False
    base = node.target.base
    while isinstance(base, ir.Index):
        base = base.base
    if not isinstance(base, ir.Name):
        return False
    reads = 0
    for part in ir.walk(node.value):
        inner = part.base if isinstance(part, ir.Index) else None
        reads += isinstance(inner, ir.Name) and inner.id == base.id
    return reads >= (1 if node.op == B.ADD else 2)


def _bigger(declared: t.Type, value: ir.Expr | None) -> t.Type | None:
    """The type of ``value``, a table holding big integers where ``declared`` holds fixed-width
    ones (a list returned or stored); None where it is not that."""
    if value is None or declared == value.type or not isinstance(value.type, t.ArrayType | t.ListType):
        return None

    def wider(a: t.Type, b: t.Type) -> bool:
        if isinstance(a, t.ArrayType | t.ListType) and isinstance(b, t.ArrayType | t.ListType):
            return wider(a.element, b.element)
        return isinstance(a, t.IntType) and a.bits is not None and b == t.BIGINT

    return value.type if wider(declared, value.type) else None


def _carries_big(node: ir.Node) -> bool:
    """Whether the value ``node`` computes or stores reads a big integer."""
    if isinstance(node, ir.AssignExpr | ir.VarDecl | ir.Return):
        part = node.init if isinstance(node, ir.VarDecl) else node.value
        return part is not None and any(isinstance(n, ir.Expr) and n.type == t.BIGINT for n in ir.walk(part))
    return isinstance(node, ir.Expr) and any(isinstance(n, ir.Expr) and n.type == t.BIGINT for n in ir.walk(node))


def _is_sum(node: ir.Expr) -> bool:
    return isinstance(node, ir.LibraryCall) and node.op == ir.LibOp.ACCUMULATE


def _with_innermost(type_: t.Type, depth: int, wider: t.Type) -> t.Type | None:
    """``type_`` (a table ``depth`` levels deep) with ``wider`` elements at the bottom."""
    if depth == 0:
        if isinstance(type_, t.ArrayType | t.ListType) and _narrower(type_.element, wider):
            return type(type_)(wider)
        if isinstance(type_, t.MapType) and _narrower(type_.value, wider):
            return t.MapType(type_.key, wider, type_.order)
        return None
    if isinstance(type_, t.ArrayType | t.ListType):
        inner = _with_innermost(type_.element, depth - 1, wider)
        return type(type_)(inner) if inner is not None else None
    return None


def widen(
    built: Sequence[tuple[BuilderBase, ir.Function]],
    env: dict[str, FunctionTypes],
    wide: set[int],
    globals_: tuple[ir.VarDecl, ...],
    warn: Callable[[str], None],
    exact: bool = True,
) -> bool:
    """One round over every function; True if a type or an expression widened (build again).
    ``exact`` (the file states its int types, or is a whole program): every width; else only what a
    big integer flows into."""
    changed = False
    results: dict[str, Interval] = {}
    narrowed: list[tuple[ir.Cast, SourceLocation | None]] = []
    for builder, function in built:
        found = FunctionWidths(builder, function, env, wide, globals_, results, exact).run()
        changed |= found.changed
        narrowed.extend(found.narrowed)
        for message in found.warnings:
            warn(message)
    if narrowed and not changed:  # the final build: nothing else widens, and this would wrap
        cast, where = narrowed[0]
        bits = cast.type.bits if isinstance(cast.type, t.IntType) else 32
        raise UnsupportedConstruct(
            f"rules engine: a Python integer that may not fit {bits} bits is kept in a {bits}-bit "
            "slot here (an element, a part or a result the widths analysis does not follow; "
            "Python's integers never overflow)",
            where,
        )
    return changed


def grow_big(env: dict[str, FunctionTypes], grown: set[tuple[str, str]]) -> bool:
    """The variables that multiply themselves in a loop (``assignments.check_growth``) as big
    integers; True if one changed (build again)."""
    changed = False
    for function, name in sorted(grown):
        types = env.get(function)
        declared = types.variables.get(name) if types is not None else None
        if types is None or not isinstance(declared, t.IntType) or declared.bits not in (32, 64):
            continue
        if name in types.params and name not in types.entry_types:
            types.entry_types[name] = declared
        types.variables[name] = t.BIGINT
        changed = True
    grown.clear()
    return changed


def has_big(env: dict[str, FunctionTypes]) -> bool:
    """Whether a function has a big integer (then what it flows into is followed)."""
    return any(
        t.BIGINT in types.variables.values() or types.result == t.BIGINT for types in env.values()
    )
