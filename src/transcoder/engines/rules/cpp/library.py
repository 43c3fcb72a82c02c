"""Which C++ library functions the front end recognizes, and as which IR operations: one table.

``FUNCTIONS`` maps a function's name (``std::`` dropped) to a ``Row`` (a fixed number of
arguments, one ``LibOp``, a result type) or to a recognizer for calls whose shape decides the
operation (iterator ranges, comparators, ``memset``'s byte counts). A recognizer returns None
for a shape it does not know, which is refused as ``call of 'name'``. Method calls on objects
(``v.push_back(x)``) are the front end's ``method_call``. Adding a library function: a row here
(and rows in each target's ``printing`` table if the operation is new), and a golden case.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import tree_sitter

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.cfamily.frontend import MATH_FUNCTIONS
from transcoder.languages.common import node_text

if TYPE_CHECKING:
    from transcoder.engines.rules.cpp.frontend import CppFrontEnd

L = ir.LibOp


@dataclass(frozen=True, slots=True)
class CallSite:
    """A call of a library function, as the recognizers see it."""

    name: str
    """The function's name, ``std::`` dropped."""
    nodes: Sequence[tree_sitter.Node]
    """The argument nodes."""
    args: Sequence[ir.Expr]
    """The arguments as IR (empty for recognizers that read the nodes themselves: ``RAW``)."""
    node: tree_sitter.Node
    """The whole call."""


Result = Callable[[Sequence[ir.Expr]], t.Type]


@dataclass(frozen=True, slots=True)
class Row:
    """A plain call: ``arity`` arguments become one operation with a result type."""

    op: ir.LibOp
    """The IR operation."""
    arity: int
    """How many arguments the call takes."""
    result: t.Type | Result
    """The result's type, or how to find it from the arguments."""


Recognizer = Callable[["CppFrontEnd", CallSite], ir.Expr | None]


def _promoted(args: Sequence[ir.Expr]) -> t.Type:
    return t.promote(args[0].type, args[1].type)


def _pair(args: Sequence[ir.Expr]) -> t.Type:
    return t.PairType(args[0].type, args[1].type)


def scalar_element(type_: t.Type) -> t.Type:
    """The element type of a (nested) array or list."""
    while isinstance(type_, t.ArrayType | t.ListType):
        type_ = type_.element
    return type_


def simplify(expr: ir.Expr) -> ir.Expr:
    """Fold ``0 + x`` and ``x + 0`` that iterator arithmetic produces."""
    if isinstance(expr, ir.Binary) and expr.op == ir.BinaryOp.ADD:
        if isinstance(expr.left, ir.IntLiteral) and expr.left.value == 0:
            return expr.right
        if isinstance(expr.right, ir.IntLiteral) and expr.right.value == 0:
            return expr.left
    return expr


# -- recognizers --------------------------------------------------------------------------------


def _sort(f: CppFrontEnd, call: CallSite) -> ir.Expr | None:
    """``sort``/``stable_sort(first, last[, comparator])`` and ``reverse(first, last)``."""
    nodes, node, loc = call.nodes, call.node, f.location(call.node)
    if len(nodes) not in (2, 3):
        raise f.unsupported(node, f"{call.name} with {len(nodes)} arguments")
    seq, begin, end = f.iterator_range(nodes[0], nodes[1], node)
    if call.name == "reverse":
        if len(nodes) != 2:
            raise f.unsupported(node)
        return ir.LibraryCall(L.REVERSE, (seq, begin, end), type=t.VOID, location=loc)
    comparator: ir.Expr | None = None
    if len(nodes) == 3:
        cmp_text = node_text(nodes[2]).replace(" ", "").removeprefix("std::")
        if cmp_text.startswith("greater<"):
            return ir.LibraryCall(L.SORT_DESC, (seq, begin, end), type=t.VOID, location=loc)
        if not cmp_text.startswith("less<"):
            comparator = f.comparator(nodes[2], t.element_type(seq.type))
    return ir.LibraryCall(L.SORT, (seq, begin, end, comparator), type=t.VOID, location=loc)


def _min_max(f: CppFrontEnd, call: CallSite) -> ir.Expr | None:
    """``max(a, b)``, ``max({a, b, c})``: nested two-argument operations."""
    if len(call.nodes) == 1 and call.nodes[0].type == "initializer_list":
        values = [f.expression(v) for v in call.nodes[0].named_children]
    else:
        values = list(call.args)
    if len(values) < 2:
        raise f.unsupported(call.node, f"{call.name} with {len(values)} arguments")
    op = L.MAX if call.name == "max" else L.MIN
    result = values[0]
    for value in values[1:]:
        type_ = t.promote(result.type, value.type) if result.type != value.type else result.type
        result = ir.LibraryCall(op, (result, value), type=type_, location=f.location(call.node))
    return result


def _abs(f: CppFrontEnd, call: CallSite) -> ir.Expr | None:
    if len(call.args) != 1:
        return None
    arg = call.args[0]
    type_ = arg.type if call.name == "abs" else t.DOUBLE if call.name == "fabs" else t.LONG
    if isinstance(type_, t.CharType | t.BoolType):
        type_ = t.INT
    return ir.LibraryCall(L.ABS, (f.coerce(arg, type_),), type=type_, location=f.location(call.node))


def _popcount(f: CppFrontEnd, call: CallSite) -> ir.Expr | None:
    if len(call.args) != 1:
        return None
    loc = f.location(call.node)
    bits = 32 if call.name == "__builtin_popcount" else 64  # long is 64 bits on the LP64 targets
    value = ir.Cast(call.args[0], type=t.IntType(bits, False), location=loc)
    return ir.LibraryCall(L.BIT_COUNT, (value,), type=t.INT, location=loc)


def _strlen(f: CppFrontEnd, call: CallSite) -> ir.Expr | None:
    if len(call.args) != 1:
        return None
    # A char array holds exactly its characters in Java and Python: its length is strlen.
    op = L.LEN if isinstance(call.args[0].type, t.ArrayType) else L.STR_LEN
    return ir.LibraryCall(op, (call.args[0],), type=t.INT, location=f.location(call.node))


def _memset(f: CppFrontEnd, call: CallSite) -> ir.Expr | None:
    return f.memset(list(call.nodes), call.node) if len(call.nodes) == 3 else None


def _fill(f: CppFrontEnd, call: CallSite) -> ir.Expr | None:
    if len(call.nodes) != 3:
        return None
    seq, begin, end = f.iterator_range(call.nodes[0], call.nodes[1], call.node)
    value = f.coerce(f.expression(call.nodes[2]), scalar_element(seq.type))
    return ir.LibraryCall(L.FILL, (seq, value, begin, end), type=t.VOID, location=f.location(call.node))


def _fill_n(f: CppFrontEnd, call: CallSite) -> ir.Expr | None:
    if len(call.nodes) != 3:
        return None
    seq, begin = f.iterator(call.nodes[0], call.node, "begin")
    count = f.expression(call.nodes[1])
    start = begin if begin is not None else ir.IntLiteral(0, type=t.INT)
    end = (
        ir.IntLiteral(start.value + count.value, type=t.INT)
        if isinstance(start, ir.IntLiteral) and isinstance(count, ir.IntLiteral)
        else simplify(f.binary("+", start, count, call.node))
    )
    if isinstance(begin, ir.IntLiteral) and begin.value == 0:
        begin = None
    value = f.coerce(f.expression(call.nodes[2]), scalar_element(seq.type))
    return ir.LibraryCall(L.FILL, (seq, value, begin, end), type=t.VOID, location=f.location(call.node))


def _whole_range(f: CppFrontEnd, call: CallSite, what: str) -> ir.Expr:
    seq, begin, end = f.iterator_range(call.nodes[0], call.nodes[1], call.node)
    if begin is not None or end is not None:
        raise f.unsupported(call.node, f"{what} over part of a sequence")
    return seq


def _binary_search(f: CppFrontEnd, call: CallSite) -> ir.Expr | None:
    if len(call.nodes) != 3:
        return None
    seq = _whole_range(f, call, "binary_search")
    value = f.expression(call.nodes[2])
    return ir.LibraryCall(L.CONTAINS, (seq, value), type=t.BOOL, location=f.location(call.node))


def _accumulate(f: CppFrontEnd, call: CallSite) -> ir.Expr | None:
    if len(call.nodes) != 3:
        return None
    seq, begin, end = f.iterator_range(call.nodes[0], call.nodes[1], call.node)
    initial = f.expression(call.nodes[2])
    loc = f.location(call.node)
    return ir.LibraryCall(L.ACCUMULATE, (seq, begin, end, initial), type=initial.type, location=loc)


def _count(f: CppFrontEnd, call: CallSite) -> ir.Expr | None:
    if len(call.nodes) != 3:
        return None
    seq = _whole_range(f, call, "count")
    value = f.expression(call.nodes[2])
    return ir.LibraryCall(L.COUNT_OF, (seq, value), type=t.INT, location=f.location(call.node))


# -- the table ----------------------------------------------------------------------------------

FUNCTIONS: dict[str, Row | Recognizer] = {
    "sort": _sort,
    "stable_sort": _sort,
    "reverse": _sort,
    "max": _min_max,
    "min": _min_max,
    "abs": _abs,
    "fabs": _abs,
    "llabs": _abs,
    "labs": _abs,
    "pow": Row(L.POW, 2, t.DOUBLE),
    **{name: Row(op, 1, t.DOUBLE) for name, op in {**MATH_FUNCTIONS, "log2": L.LOG2}.items()},
    "round": Row(L.ROUND, 1, t.DOUBLE),
    "llround": Row(L.ROUND, 1, t.LONG),
    "lround": Row(L.ROUND, 1, t.LONG),
    "atan2": Row(L.ATAN2, 2, t.DOUBLE),
    "hypot": Row(L.HYPOT, 2, t.DOUBLE),
    "__gcd": Row(L.GCD, 2, _promoted),
    "gcd": Row(L.GCD, 2, _promoted),
    "__builtin_popcount": _popcount,
    "__builtin_popcountl": _popcount,
    "__builtin_popcountll": _popcount,
    "swap": Row(L.SWAP, 2, t.VOID),
    # <cctype> returns int, but every use is as a truth value; BOOL keeps that readable.
    "isdigit": Row(L.IS_DIGIT, 1, t.BOOL),
    "isalpha": Row(L.IS_ALPHA, 1, t.BOOL),
    "isalnum": Row(L.IS_ALNUM, 1, t.BOOL),
    "isupper": Row(L.IS_UPPER, 1, t.BOOL),
    "islower": Row(L.IS_LOWER, 1, t.BOOL),
    "isspace": Row(L.IS_SPACE, 1, t.BOOL),
    "toupper": Row(L.TO_UPPER, 1, t.CHAR),
    "tolower": Row(L.TO_LOWER, 1, t.CHAR),
    "to_string": Row(L.TO_STRING, 1, t.STRING),
    "stoi": Row(L.PARSE_INT, 1, t.INT),
    "atoi": Row(L.PARSE_INT, 1, t.INT),
    "stol": Row(L.PARSE_INT, 1, t.LONG),
    "stoll": Row(L.PARSE_INT, 1, t.LONG),
    "strlen": _strlen,
    "make_pair": Row(L.MAKE_PAIR, 2, _pair),
    "memset": _memset,
    "fill": _fill,
    "fill_n": _fill_n,
    "binary_search": _binary_search,
    "accumulate": _accumulate,
    "count": _count,
}
# Recognizers that read their argument nodes themselves (iterator ranges, byte counts).
RAW = frozenset(
    {"sort", "stable_sort", "reverse", "memset", "fill", "fill_n", "accumulate", "count", "binary_search"}
)


def recognize(
    f: CppFrontEnd, name: str, nodes: Sequence[tree_sitter.Node], node: tree_sitter.Node
) -> ir.Expr:
    """The IR of a call of the library function ``name``; refused when the table does not know it."""
    args = [f.expression(a) for a in nodes] if name not in RAW else []
    row = FUNCTIONS.get(name)
    found: ir.Expr | None = None
    if isinstance(row, Row):
        if len(args) == row.arity:
            result = row.result if isinstance(row.result, t.Type) else row.result(args)
            found = ir.LibraryCall(row.op, tuple(args), type=result, location=f.location(node))
    elif row is not None:
        found = row(f, CallSite(name, nodes, args, node))
    if found is None:
        raise f.unsupported(node, f"call of '{name}'")
    return found
