"""The state every part of the function builder shares, and its small helpers.

A ``FunctionBuilder`` (``function.py``) is this base plus one mixin per concern (statements,
assignments, loops, comprehensions, expressions, subscripts, calls, built-ins, strings, methods,
conversions). The base holds what they all read: the function's type environment, its renames,
the statements pending before the current one (``pre``), and the warnings.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.analysis.nonneg_indices import Proofs
from transcoder.engines.rules.analysis.nonnegative import NonNegative
from transcoder.engines.rules.python.frontend.irtools import (
    B,
    LoopBindings,
    breaks,
    spelled,
    strings_for_chars,
)
from transcoder.engines.rules.python.frontend.optionals import as_optional, check_narrowed
from transcoder.engines.rules.python.frontend.syntax import param_defaults
from transcoder.engines.rules.python.frontend.tree import Syntax
from transcoder.engines.rules.python.infer import NONE, WEAK01, WEAK_INF, Observations, TypeConflict, join
from transcoder.errors import SourceLocation, UnsupportedConstruct

if TYPE_CHECKING:
    from transcoder.engines.rules.python.frontend.comprehensions import Fill
    from transcoder.engines.rules.python.frontend.methods import MethodCall
    from transcoder.engines.rules.python.frontend.module import ModuleBuilder


_EXPRESSION_HANDLERS: dict[type, dict[str, Callable[[BuilderBase, Syntax], ir.Expr]]] = {}
"""Builder class -> node type -> its ``expr_<type>`` method, looked up once."""


def _no_handler(builder: BuilderBase, node: Syntax) -> ir.Expr:
    raise builder.unsupported(node)


def length_pairs(
    params: list[str], type_of: Callable[[str], t.Type], not_lengths: frozenset[str]
) -> dict[str, str]:
    """Array parameter -> the int parameter after it that gives its length (GfG's convention):
    ``a, b, m, n``: a has m elements and b has n; ``a, b, n``: both have n. An int that is a
    position (``arr[i]``) or a value (``v > n``, ``s[:n]``: ``not_lengths``) is no length."""
    pairs: dict[str, str] = {}
    index = 0
    while index < len(params):
        arrays = []
        while index < len(params) and isinstance(type_of(params[index]), t.ArrayType):
            arrays.append(params[index])
            index += 1
        ints = []
        while index < len(params) and isinstance(type_of(params[index]), t.IntType):
            ints.append(params[index])
            index += 1
        ints = [n for n in ints if n not in not_lengths]
        if arrays and ints:
            for position, array in enumerate(arrays):
                pairs[array] = ints[position] if len(ints) >= len(arrays) else ints[0]
        elif not arrays:
            index += not ints
    return pairs


class BuilderBase:
    """The state of one function's build and the helpers every concern uses."""

    if TYPE_CHECKING:
        # The methods the concerns call on each other, declared for the type checker (each is
        # defined by one mixin of FunctionBuilder).

        def arguments(self, call: Syntax) -> tuple[list[Syntax], dict[str, Syntax]]: ...

        def arith_type(self, a: t.Type, b: t.Type) -> t.Type: ...

        def array_with_fill(
            self, dims: tuple[ir.Expr, ...], fill: ir.Expr, array_type: t.Type, loc: SourceLocation
        ) -> Fill: ...

        def assignment(self, node: Syntax) -> list[ir.Stmt]: ...

        def augmented(self, node: Syntax) -> list[ir.Stmt]: ...

        def binary(self, operator: str, left: ir.Expr, right: ir.Expr, node: Syntax) -> ir.Expr: ...

        def build_into(self, name: str, node: Syntax, statement: Syntax) -> list[ir.Stmt] | None: ...

        def call(self, node: Syntax, *, statement: bool) -> ir.Expr | None: ...

        def coerce(self, expr: ir.Expr, target: t.Type, node: Syntax | None) -> ir.Expr: ...

        def condition(self, expr: ir.Expr) -> ir.Expr: ...

        def join_types(self, a: ir.Expr, b: ir.Expr, node: Syntax) -> t.Type: ...

        def copy_array(
            self, source: ir.Expr, loc: SourceLocation
        ) -> tuple[ir.Expr, Callable[[ir.Expr], list[ir.Stmt]]]: ...

        def delete_statement(self, node: Syntax) -> list[ir.Stmt]: ...

        def each_character(self, text: ir.Expr, op: ir.LibOp, loc: SourceLocation) -> ir.Expr: ...

        def element_hint(self, base: ir.Expr, container: t.Type) -> None: ...

        def every_character(self, text: ir.Expr, test: ir.LibOp, loc: SourceLocation) -> ir.Expr: ...

        def factorial(self, value: ir.Expr, loc: SourceLocation) -> ir.Expr: ...

        def fold(self, node: Syntax, op: ir.LibOp, loc: SourceLocation) -> ir.Expr: ...

        def for_statement(self, node: Syntax) -> list[ir.Stmt]: ...

        def index_expr(self, index: ir.Expr) -> ir.Expr: ...

        def index_value(self, base: ir.Expr, node: Syntax) -> ir.Expr: ...

        def list_size(self, node: Syntax) -> ir.Expr: ...

        def joined(
            self, value: ir.Expr, separator: ir.StringLiteral, node: Syntax, loc: SourceLocation
        ) -> ir.Expr: ...

        def length_of(self, sequence: ir.Expr) -> ir.Expr: ...

        def list_display(self, elements: list[ir.Expr], loc: SourceLocation) -> ir.Expr: ...

        def long_operand(self, value: ir.Expr) -> ir.Expr: ...

        def big_operand(self, value: ir.Expr) -> ir.Expr: ...

        def fold_step(self, op: ir.LibOp, accumulator: ir.Name, value: ir.Expr) -> list[ir.Stmt]: ...

        def module_call(self, module: str, name: str, node: Syntax) -> ir.Expr | None: ...

        def nearest(self, node: Syntax, op: ir.LibOp, count_node: Syntax, items_node: Syntax) -> ir.Expr: ...

        def more_list_methods(self, call: MethodCall) -> ir.Expr | None: ...

        def argument(self, call: MethodCall, index: int, type_: t.Type | None = None) -> ir.Expr: ...

        def more_dict_methods(self, call: MethodCall) -> ir.Expr | None: ...

        def set_operator(self, operator: str, left: ir.Expr, right: ir.Expr, node: Syntax) -> ir.Expr: ...

        def concatenated(self, left: ir.Expr, right: ir.Expr, node: Syntax) -> ir.Expr: ...

        def appended(self, target: ir.Expr, source: ir.Expr, loc: SourceLocation) -> list[ir.Stmt]: ...

        def pair_of(self, node: Syntax, slot: t.Type | None = None) -> ir.Expr: ...

        def tuple_of(self, node: Syntax, slot: t.Type | None = None) -> ir.Expr: ...

        def check_tuples(self, function: ir.Function) -> None: ...

        def note_return(self, value: ir.Expr) -> None: ...

        def fall_off_end(self, body: list[ir.Stmt], node: Syntax) -> list[ir.Stmt]: ...

        def assign_to(self, left: Syntax, value: ir.Expr, node: Syntax, value_node: Syntax | None) -> list[ir.Stmt]: ...

        def bind(self, name: str, value: ir.Expr, local: bool, loc: SourceLocation) -> ir.Stmt: ...

        def tuple_position(self, base: ir.Expr, index_node: Syntax, node: Syntax) -> ir.Expr: ...

        def unpack_tuple(self, node: Syntax, targets: list[Syntax], right: Syntax) -> list[ir.Stmt]: ...

        def tuples_loop(
            self,
            names: list[str],
            iterable: ir.Expr,
            body: Callable[[], list[ir.Stmt]],
            loc: SourceLocation,
            *,
            local: Callable[[str], bool],
        ) -> list[ir.Stmt]: ...

        def spread_arguments(self, call: Syntax, positional: list[Syntax]) -> list[Syntax | ir.Expr]: ...

        def raise_statement(self, node: Syntax) -> list[ir.Stmt]: ...

        def assert_statement(self, node: Syntax) -> list[ir.Stmt]: ...

        def general_try(self, node: Syntax) -> list[ir.Stmt]: ...

        def f_string(self, node: Syntax) -> ir.Expr: ...

        def percent_format(self, template: str, values: list[ir.Expr], node: Syntax) -> ir.Expr: ...

        def format_method(self, template: str, call: Syntax, values: list[ir.Expr]) -> ir.Expr: ...

        def str_of(self, value: ir.Expr, node: Syntax) -> ir.Expr: ...

        def loop(
            self,
            left: Syntax,
            right: Syntax,
            body: Callable[[], list[ir.Stmt]],
            node: Syntax,
            *,
            local: Callable[[str], bool],
        ) -> list[ir.Stmt]: ...

        def materialized_value(
            self,
            node: Syntax,
            make: Callable[[], Fill],
        ) -> ir.Expr: ...

        def method_call(
            self, owner_node: Syntax, method: str, node: Syntax, *, statement: bool
        ) -> ir.Expr | None: ...

        def modular_power(
            self, base: ir.Expr, exponent: ir.Expr, modulus: ir.Expr, loc: SourceLocation
        ) -> ir.Expr: ...

        def new_array_value(self, node: Syntax) -> tuple[tuple[ir.Expr, ...], ir.Expr] | None: ...

        def power(self, base: ir.Expr, exponent: ir.Expr, node: Syntax) -> ir.Expr: ...

        def removed(self, call: ir.LibraryCall, peek: ir.LibOp, statement: bool = False) -> ir.Expr: ...

        def bit_length(self, value: ir.Expr, method: str, node: Syntax, loc: SourceLocation) -> ir.Expr: ...

        def reversed_copy(self, base: ir.Expr, node: Syntax) -> ir.Expr: ...

        def repeated_text(
            self, text: ir.Expr, count: ir.Expr, text_first: bool, node: Syntax, loc: SourceLocation
        ) -> ir.Expr: ...

        def single(self, node: Syntax, what: str) -> ir.Expr: ...

        def slice_bounds(self, node: Syntax) -> tuple[ir.Expr, ir.Expr, ir.Expr] | None: ...

        def sort_call(self, target: ir.Expr, keywords: dict[str, Syntax], node: Syntax) -> ir.Expr: ...

        def searched(
            self, text: ir.Expr, method: str, values: list[ir.Expr], node: Syntax, loc: SourceLocation
        ) -> ir.Expr | None: ...

        def stable(self, value: ir.Expr, base: str, loc: SourceLocation) -> ir.Expr: ...

        def sort_key(self, key_node: Syntax, item: ir.Name) -> ir.Expr: ...

        def statement(self, node: Syntax) -> list[ir.Stmt]: ...

        def object_text(self, value: ir.Expr, node: Syntax) -> ir.Expr: ...

        def string_method(
            self, text: ir.Expr, method: str, values: list[ir.Expr], node: Syntax, loc: SourceLocation
        ) -> ir.Expr | None: ...

        def temporary_container(self, node: Syntax, taken: t.Type | None = None) -> ir.Expr: ...

    def __init__(
        self,
        module: ModuleBuilder,
        name: str,
        node: Syntax,
        *,
        final: bool,
        previous: ir.Function | None,
    ) -> None:
        self.module = module
        self.name = name
        self.node = node
        self.final = final
        self.handlers = _EXPRESSION_HANDLERS.setdefault(type(self), {})  # node type -> expr_<type>
        self.types = module.types[name]
        self.observations = Observations()
        self.seen_now: dict[str, t.Type] = {}
        self.warnings: list[str] = []
        self.pre: list[ir.Stmt] = []
        facts = module.facts[name]
        self.plan = facts.plan
        self.loop_depth = 0
        self.loop_bindings = LoopBindings()  # what each range loop's body rebinds and changes
        self.taken = set(facts.identifiers)
        # The final build's analysis of the last inference build, made when first asked (most
        # functions never ask): see non_negative.
        self.nonneg: NonNegative | None = None
        self.proven: Proofs | None = None  # subscripts.proofs
        self.previous = previous if final else None
        self.renames: dict[str, str] = {}
        # Counters of the ascending range() loops being built, with their literal start values.
        self.loop_starts: dict[str, int] = {}
        # Counters of the range() loops being built that stay below a length: name -> (what the
        # length measures, c) for `counter < length + c` (see subscripts.length_key).
        self.loop_limits: dict[str, tuple[tuple[str, str], int]] = {}
        # id of an IR node -> the syntax node it computes (for widths: which syntax to widen)
        self.origins: dict[int, int] = {}
        self.inlined = 0  # lambdas being inlined (calls.lambda_call), to stop one calling itself
        self.inline_values: dict[str, ir.Expr] = {}  # a lambda's parameters, while its body is built
        self.wrapping_indices = False  # inside a guarded try: negative computed indices count from the end
        signature = module.signature
        self.implements_signature = signature is not None and module.pin_signature() == name
        # Parameter -> its name in the declaration, where the body works on a copy of another type.
        self.entry_copies: dict[str, str] = {}
        if signature is not None and self.implements_signature:
            for python_name, (pinned_name, _) in zip(self.types.params, signature.params, strict=True):
                if pinned_name != python_name:
                    self.renames[python_name] = pinned_name
            pinned_names = {pinned for pinned, _ in signature.params}
            clashing = sorted(self.taken & pinned_names - set(self.types.params))
            self.taken |= pinned_names
            for local in clashing:
                # A local spelled like a renamed parameter (`def f(num1): num = list(num1)`
                # implementing `f(String num)`) takes another name.
                self.renames[local] = self.fresh(local)
            self.function_name = signature.name
        else:
            self.function_name = name
        for python_name, entry_type in self.types.entry_types.items():
            if self.var_type(python_name) != entry_type:
                self.entry_copies[python_name] = self.rename(python_name)
                suffix = spelled(self.var_type(python_name)).split()[-1]
                self.renames[python_name] = self.fresh(f"{self.rename(python_name)}_{suffix}")
        if "_" in self.taken and "_" not in self.renames:
            # `_` is a keyword in Java: one name for every use in the function, the first included.
            self.renames["_"] = self.fresh("i")
        # Parameters used as a bare index (`arr[i]`): positions, never lengths (`arr[n]` is past the end).
        self.positions = facts.positions
        self.length_params = self.find_length_params()
        self.lengths_read: set[str] = set()  # arrays whose len() became their length parameter

    def location(self, node: Syntax) -> SourceLocation:
        return node.location  # as ModuleBuilder.location (one call fewer: asked for every node built)

    def widened(self, node: Syntax, type_: t.Type) -> bool:
        """Whether the int arithmetic of ``node`` is computed in 64 bits (``widths``: its value
        leaves 32); records the node for the next round either way."""
        return isinstance(type_, t.IntType) and type_.bits == 32 and node.id in self.module.wide

    def from_syntax(self, expr: ir.Expr, node: Syntax) -> ir.Expr:
        """``expr``, remembered as computing ``node`` (see ``widths``)."""
        self.origins[id(expr)] = node.id
        return expr

    def unsupported(self, node: Syntax, what: str | None = None) -> UnsupportedConstruct:
        return self.module.unsupported(node, what)

    def warn(self, message: str) -> None:
        if self.final and message not in self.warnings:
            self.warnings.append(f"{self.name}: {message}")

    def fresh(self, base: str) -> str:
        candidate = base
        index = 1
        while candidate in self.taken:
            candidate = f"{base}{index}"
            index += 1
        self.taken.add(candidate)
        return candidate

    def var_type(self, name: str) -> t.Type:
        known = self.types.variables.get(name, t.UNKNOWN)
        if not self.final and name in self.seen_now and name not in self.types.pinned:
            try:
                return join(known, self.seen_now[name])
            except TypeConflict:
                return known
        return known

    def see(self, name: str, type_: t.Type, location: SourceLocation | None = None) -> None:
        """Record an observation, visible at once to the rest of this (non-final) build."""
        if name in self.module.globals and name not in self.types.variables and name not in self.types.params:
            return  # a module variable: its type is declared (state.py)
        self.observations.see(name, type_, location)
        if not self.final and not isinstance(type_, t.UnknownType):
            with contextlib.suppress(TypeConflict):
                self.seen_now[name] = join(self.seen_now.get(name, t.UNKNOWN), type_)

    def int_literal(self, value: int, loc: SourceLocation | None = None) -> ir.IntLiteral:
        if not self.final and value in (0, 1):
            return ir.IntLiteral(value, type=WEAK01, location=loc)
        return ir.IntLiteral(value, type=t.INT if -(2**31) <= value < 2**31 else t.LONG, location=loc)

    def find_length_params(self) -> dict[str, str]:
        """Array parameter -> the int parameter right after it that gives its length (``arr, n``).

        C++ arrays do not know their length, so ``len(arr)`` becomes ``n`` when the function also
        loops over ``arr`` up to ``n`` or is called that way; the guess is reported."""
        if self.module.program:
            return {}  # a whole program: its calls pass what they pass (module.py)
        facts = self.module.facts[self.name]
        pairs = length_pairs(self.types.params, self.param_type, facts.positions | facts.values)
        # Only a pinned interface (--signature) says the int is the length: the body alone proves
        # nothing about what a caller passes (f([1, 2, 3], 0)), so other arrays are vectors.
        pairs = {a: n for a, n in pairs.items() if a in self.types.pinned - self.types.hinted}
        if self.previous is not None:
            # the last inference build shows every use: a length is used as nothing else
            pairs = {a: n for a, n in pairs.items() if self.module.only_as_length(self.previous, n, a)}
        return pairs

    def build(self) -> ir.Function:
        body_node = self.node.child_by_field_name("body")
        assert body_node is not None
        if self.final:
            self.refuse_observable_sharing()
        for name, default in param_defaults(self.node).items():
            if default.type == "none":  # `def f(n, cache=None)`: the parameter may be None
                self.see(name, NONE, self.location(default))
        body: list[ir.Stmt] = []
        for name, declared in self.entry_copies.items():
            type_ = self.var_type(name)
            entry = ir.Name(declared, type=self.param_type(name))
            body.append(ir.VarDecl(self.rename(name), type_, self.coerce(entry, type_, None)))
            self.warn(
                f"parameter '{declared}' is {spelled(entry.type)} in the interface and Python makes it "
                f"{spelled(type_)}: the body works on a copy, '{self.rename(name)}'"
            )
        for name in self.plan.at_top:
            type_ = self.var_type(name)
            if self.final:
                body.append(ir.VarDecl(self.rename(name), type_, self.zero(type_)))
        body.extend(self.block(body_node))
        body.extend(self.fall_off_end(body, body_node))  # statements.py: Python's implicit None
        params = tuple(
            ir.Param(
                self.entry_copies.get(p, self.rename(p)),
                self.param_type(p),
                # Python passes containers by reference: the caller sees what the callee changes.
                by_reference=isinstance(
                    self.param_type(p), t.ListType | t.SetType | t.MapType | t.DequeType | t.PriorityQueueType
                ),
                location=self.location(self.node),
            )
            for p in self.types.params
        )
        result = self.types.result if self.final else t.UNKNOWN
        function = ir.Function(
            self.function_name, params, result, ir.Block(tuple(body)), location=self.location(self.node)
        )
        if self.final:
            self.check_tuples(function)  # tuples.py
            check_narrowed(function)  # optionals.py
        return function

    def refuse_observable_sharing(self) -> None:
        """A container put into another where Python's sharing would show (``aliases``): refused
        where the target copies it (C++), or converts it (an array into a Java list)."""
        for insertion in self.module.facts[self.name].shared:
            type_ = self.var_type(insertion.value)
            copies = self.module.forms.containers_hold_copies and isinstance(type_, (t.ArrayType, *t.CONTAINER_TYPES))
            if copies or isinstance(type_, t.ArrayType):
                raise self.unsupported(
                    insertion.node,
                    f"'{insertion.value}' put into '{insertion.outer}' and changed afterwards through one of "
                    "them (Python shares the object; the translation would hold a copy)",
                )

    def param_type(self, name: str) -> t.Type:
        return self.types.entry_types.get(name) or self.var_type(name)

    def rename(self, name: str) -> str:
        return self.renames.get(name, name)

    def zero(self, type_: t.Type) -> ir.Expr | None:
        if isinstance(type_, t.IntType):
            return ir.IntLiteral(0, type=type_)
        if isinstance(type_, t.FloatType):
            return ir.FloatLiteral(0.0, "0.0", type=type_)
        if isinstance(type_, t.BoolType):
            return ir.BoolLiteral(False, type=t.BOOL)
        if isinstance(type_, t.StringType):
            return ir.StringLiteral("", type=t.STRING)
        if isinstance(type_, t.CharType):
            return ir.CharLiteral("\0", type=t.CHAR)
        if isinstance(type_, t.ListType | t.MapType | t.SetType | t.DequeType | t.PriorityQueueType):
            return ir.NewContainer(type=type_)
        if isinstance(type_, t.OptionalType):
            return ir.NullLiteral(type=type_)
        return None

    def block(self, node: Syntax) -> list[ir.Stmt]:
        out: list[ir.Stmt] = []
        for child in node.named_children:
            if child.type == "comment":
                continue
            if self.final:
                out.extend(self.statement(child))
            else:
                # Inference builds go on past a statement they cannot build yet: later ones still teach types.
                try:
                    out.extend(self.statement(child))
                except (UnsupportedConstruct, TypeConflict):
                    self.pre = []
            last = out[-1] if out else None
            if (
                isinstance(last, ir.While)
                and isinstance(last.condition, ir.BoolLiteral)
                and last.condition.value
                and not breaks(last.body)
            ):
                break  # nothing after `while True` without a break runs (and Java rejects it)
        return out

    def body_of(self, node: Syntax) -> ir.Block:
        return ir.Block(tuple(self.block(node)), location=self.location(node))

    def flush(self, statements: list[ir.Stmt]) -> list[ir.Stmt]:
        pending, self.pre = self.pre, []
        return pending + statements

    def observed(self, expr: ir.Expr) -> t.Type:
        """The type an expression contributes to inference (weak literal markers kept)."""
        if isinstance(expr, ir.NullLiteral):
            return t.UNKNOWN
        return expr.type

    def observed_value(self, expr: ir.Expr) -> t.Type:
        """``observed``, where None makes an optional (a value stored in a name, returned or passed)."""
        if isinstance(expr, ir.NullLiteral):
            return NONE
        return as_optional(expr).type

    def note_sequence(self, expr: ir.Expr) -> None:
        if isinstance(expr, ir.Name):
            self.observations.indexed.add(self.python_name(expr.id))

    def hint(self, expr: ir.Expr, type_: t.Type) -> None:
        """Learn the type of an unknown variable (or of its elements) from the value it meets."""
        if type_ in (WEAK01, WEAK_INF):
            type_ = t.INT
        if isinstance(type_, t.UnknownType):
            return
        if isinstance(expr, ir.Name) and (
            isinstance(expr.type, t.UnknownType) or strings_for_chars(expr.type, type_)
        ):
            self.see(self.python_name(expr.id), type_)
        elif (
            isinstance(expr, ir.Binary)
            and expr.op in (B.ADD, B.SUB, B.MUL, B.FLOOR_DIV, B.FLOOR_MOD, B.TRUNC_DIV, B.TRUNC_MOD)
            and isinstance(type_, t.IntType | t.FloatType)
        ):
            self.hint(expr.left, type_)
            self.hint(expr.right, type_)
        elif isinstance(expr, ir.Index) and isinstance(expr.type, t.UnknownType):
            base_type = expr.base.type
            if isinstance(base_type, t.MapType):
                return
            if isinstance(base_type, t.ArrayType | t.ListType):
                container: t.Type = type(base_type)(type_)
            else:
                # Indexing a str gives a str: an untyped sequence whose items meet text is a string.
                container = t.STRING if isinstance(type_, t.CharType | t.StringType) else t.ArrayType(type_)
            self.hint(expr.base, container)
            if isinstance(expr.base, ir.Name):
                self.see(self.python_name(expr.base.id), container)

    def expr(self, node: Syntax) -> ir.Expr:
        """The IR of an expression: ``expr_<node type>`` builds it (refused where there is none)."""
        handler = self.handlers.get(node.type)
        if handler is None:
            handler = self.handlers[node.type] = getattr(type(self), f"expr_{node.type}", _no_handler)
        return handler(self, node)

    def python_name(self, printed: str) -> str:
        for python_name, pinned in self.renames.items():
            if pinned == printed:
                return python_name
        return printed

    def captured(self, build: Callable[[], list[ir.Stmt]]) -> list[ir.Stmt]:
        """Statements of ``build`` preceded by those its expressions needed (kept inside the loop)."""
        saved, self.pre = self.pre, []
        statements = build()
        pending, self.pre = self.pre, saved
        return [*pending, *statements]

    def non_negative(self, expr: ir.Expr) -> bool:
        if isinstance(expr, ir.IntLiteral):
            return expr.value >= 0
        if self.nonneg is None:
            if self.previous is None:  # an inference build: nothing is known yet
                return False
            self.nonneg = NonNegative(self.previous)
        return self.nonneg(expr)
