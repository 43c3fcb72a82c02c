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
    first, last = (node_text(n).replace(" ", "") for n in nodes[:2])
    if len(nodes) == 2 and first.endswith(".rbegin()") and last == first.removesuffix(".rbegin()") + ".rend()":
        # the whole sequence backwards: sorted ascending there is descending here; reversed either way
        seq = f.expression(nodes[0].named_children[0].named_children[0])  # `v` of `v.rbegin()`
        op = L.REVERSE if call.name == "reverse" else L.SORT_DESC
        return ir.LibraryCall(op, (seq, None, None), type=t.VOID, location=loc)
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


def _bit_scan(f: CppFrontEnd, call: CallSite) -> ir.Expr | None:
    """``__builtin_clz(x)``/``__builtin_ctz(x)`` (``l``/``ll``: 64 bits): zero bits above the highest
    (below the lowest) one bit of ``x`` converted to the builtin's unsigned parameter; g++ leaves 0
    undefined, the targets' answer there is the width."""
    if len(call.args) != 1:
        return None
    loc = f.location(call.node)
    bits = 32 if call.name.endswith("z") else 64  # long is 64 bits on the LP64 targets
    value = ir.Cast(call.args[0], type=t.IntType(bits, False), location=loc)
    op = L.LEADING_ZEROS if call.name.startswith("__builtin_clz") else L.TRAILING_ZEROS
    return ir.LibraryCall(op, (value,), type=t.INT, location=loc)


def _strlen(f: CppFrontEnd, call: CallSite) -> ir.Expr | None:
    if len(call.args) != 1:
        return None
    # A char array holds exactly its characters in Java and Python: its length is strlen.
    op = L.LEN if isinstance(call.args[0].type, t.ArrayType) else L.STR_LEN
    return ir.LibraryCall(op, (call.args[0],), type=t.INT, location=f.location(call.node))


def _parse(op: ir.LibOp, result: t.Type) -> Recognizer:
    """stoi/atoi and kin of a string or of a char array (read as its characters, as strlen's)."""

    def recognize(f: CppFrontEnd, call: CallSite) -> ir.Expr | None:
        if len(call.args) != 1:
            return None
        text = call.args[0]
        if isinstance(text.type, t.ArrayType):  # atoi(buf): the text of its characters
            text = ir.LibraryCall(L.STR_FROM_CHARS, (text,), type=t.STRING, location=f.location(call.node))
        return ir.LibraryCall(op, (text,), type=result, location=f.location(call.node))

    return recognize


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


def _fmod(f: CppFrontEnd, call: CallSite) -> ir.Expr | None:
    """``fmod(a, b)``: the remainder with the sign of ``a`` (Java's ``%`` on doubles)."""
    if len(call.args) != 2:
        return None
    a, b = (x if isinstance(x.type, t.FloatType) else ir.Cast(x, type=t.DOUBLE) for x in call.args)
    return ir.Binary(ir.BinaryOp.FMOD, a, b, type=t.DOUBLE, location=f.location(call.node))


# <cmath>'s float functions: sqrtf, floorf, ceilf and fabsf are computed exactly by their double
# twins and a rounding to float (sqrt's double result rounds to the correctly rounded float: 53 >= 2 * 24
# + 2 bits); the others (sinf, expf, ...) are not specified to round as (float) sin((double) x) does,
# and refused.
_FLOAT_EXACT = {"sqrtf": L.SQRT, "floorf": L.FLOOR, "ceilf": L.CEIL}
_FLOAT_INEXACT = ("sinf", "cosf", "tanf", "asinf", "acosf", "atanf", "atan2f", "expf", "logf", "log10f",
                  "log2f", "powf", "cbrtf", "hypotf")  # fmt: skip


def _to_string(f: CppFrontEnd, call: CallSite) -> ir.Expr | None:
    """``to_string(x)``: an integer's digits; a floating value as ``printf("%f")`` writes it
    (six decimals: ``0.125000``), not a target's shortest text of the double."""
    if len(call.args) != 1:
        return None
    value, loc = call.args[0], f.location(call.node)
    if isinstance(value.type, t.FloatType):
        spec = ir.StringLiteral("%f", type=t.STRING, location=loc)
        return ir.LibraryCall(L.FORMAT_C, (spec, value), type=t.STRING, location=loc)
    if isinstance(value, ir.LibraryCall) and value.op in (L.STR_FIND, L.STR_FIND_LAST):
        value = ir.Cast(value, type=t.IntType(64, False), location=loc)  # a size_t: npos's digits, not -1
    return ir.LibraryCall(L.TO_STRING, (value,), type=t.STRING, location=loc)


def _float_math(f: CppFrontEnd, call: CallSite) -> ir.Expr | None:
    if call.name in _FLOAT_INEXACT:
        raise f.unsupported(call.node, f"call of '{call.name}' (a float function whose rounding the targets' "
                            "double functions do not reproduce)")  # fmt: skip
    if len(call.args) != 1:
        return None
    loc = f.location(call.node)
    arg = f.coerce(call.args[0], t.FLOAT)
    if call.name == "fabsf":
        return ir.LibraryCall(L.ABS, (arg,), type=t.FLOAT, location=loc)
    widened = ir.Cast(arg, type=t.DOUBLE, location=loc)
    value = ir.LibraryCall(_FLOAT_EXACT[call.name], (widened,), type=t.DOUBLE, location=loc)
    return ir.Cast(value, type=t.FLOAT, location=loc)


# -- the table ----------------------------------------------------------------------------------

FUNCTIONS: dict[str, Row | Recognizer] = {
    "fmod": _fmod,
    **{name: _float_math for name in (*_FLOAT_EXACT, "fabsf", *_FLOAT_INEXACT)},
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
    **{f"__builtin_{scan}{width}": _bit_scan for scan in ("clz", "ctz") for width in ("", "l", "ll")},
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
    "to_string": _to_string,
    "stoi": _parse(L.C_STOI, t.INT),
    "stol": _parse(L.C_STOI, t.LONG),
    "stoll": _parse(L.C_STOI, t.LONG),
    # atoi is not stoi: 0 where no digit starts the text, and it never throws
    "atoi": _parse(L.C_ATOI, t.INT),
    "atol": _parse(L.C_ATOI, t.LONG),
    "atoll": _parse(L.C_ATOI, t.LONG),
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


# -- methods ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MethodCall:
    """A method call on a library object (``v.push_back(x)``), as the recognizers see it."""

    receiver: ir.Expr
    """The object."""
    method: str
    """The method's name."""
    args: Sequence[ir.Expr]
    """The arguments."""
    node: tree_sitter.Node
    """The whole call."""


@dataclass(frozen=True, slots=True)
class Method:
    """A plain method: ``arity`` arguments after the receiver, one operation, a result type."""

    op: ir.LibOp
    """The IR operation (the receiver is its first argument)."""
    arity: int
    """How many arguments the call takes."""
    result: t.Type | Callable[[t.Type], t.Type]
    """The result's type, or how to find it from the receiver's type."""
    element: bool = False
    """The argument converts to the container's element type."""


MethodRecognizer = Callable[["CppFrontEnd", MethodCall], ir.Expr | None]


def _element(type_: t.Type) -> t.Type:
    return t.element_type(type_)


def _value(type_: t.Type) -> t.Type:
    assert isinstance(type_, t.MapType)
    return type_.value


def _op(f: CppFrontEnd, call: MethodCall, op: ir.LibOp, type_: t.Type, *args: ir.Expr | None) -> ir.Expr:
    return ir.LibraryCall(op, (call.receiver, *args), type=type_, location=f.location(call.node))


def _size(f: CppFrontEnd, call: MethodCall) -> ir.Expr | None:
    if call.args:
        return None
    return _op(f, call, L.STR_LEN if isinstance(call.receiver.type, t.StringType) else L.LEN, t.INT)


def _substr(f: CppFrontEnd, call: MethodCall) -> ir.Expr | None:
    """``s.substr(pos, count)``: a count past the end stops at the end (``SUBSTRING``'s end must
    not pass it: Java's ``substring`` throws), so the end is ``min(pos + count, size)``."""
    args = call.args
    if len(args) not in (1, 2):
        return None
    end = None
    if len(args) == 2:
        size = ir.LibraryCall(L.STR_LEN, (call.receiver,), type=t.INT)
        reach = simplify(f.binary("+", args[0], args[1], call.node))
        end = ir.LibraryCall(L.MIN, (reach, size), type=t.INT, location=reach.location)
    return _op(f, call, L.SUBSTRING, t.STRING, args[0], end)


def _string_append(f: CppFrontEnd, call: MethodCall) -> ir.Expr | None:
    """``s.append(t)``, ``s.push_back(c)``; ``s.append(n, c)``: n copies of c (a negative n is a
    size_t beyond max_size: C++ throws length_error)."""
    if len(call.args) == 2 and call.method == "append" and isinstance(call.args[1].type, t.CharType):
        count = call.args[0]
        if not t.is_integral(count.type):
            return None
        copies = ir.LibraryCall(L.STR_REPEAT, (count, call.args[1]), type=t.STRING, location=f.location(call.node))
        return _op(f, call, L.STR_APPEND, t.VOID, copies)
    if len(call.args) != 1:
        return None
    return _op(f, call, L.STR_APPEND, t.VOID, f.char_piece(call.args[0]))


def _at(f: CppFrontEnd, call: MethodCall) -> ir.Expr | None:
    if len(call.args) != 1:
        return None
    element = t.CHAR if isinstance(call.receiver.type, t.StringType) else t.element_type(call.receiver.type)
    return ir.Index(call.receiver, call.args[0], type=element, location=f.location(call.node))


def _characters(f: CppFrontEnd, call: MethodCall) -> ir.Expr | None:
    return None if call.args else call.receiver  # the characters, for `atoi(s.c_str())` and friends


def _side_effects(args: Sequence[ir.Expr]) -> bool:
    return any(isinstance(x, ir.AssignExpr | ir.IncDec | ir.Call) for a in args for x in ir.walk(a))


def _string_insert(f: CppFrontEnd, call: MethodCall) -> ir.Expr | None:
    """``s.insert(pos, text)`` / ``s.insert(pos, count, c)``: the text around the new piece."""
    receiver, args, node, loc = call.receiver, call.args, call.node, f.location(call.node)
    if len(args) not in (2, 3) or not t.is_integral(args[0].type) or not isinstance(receiver, ir.Name):
        return None
    if _side_effects(args):
        raise f.unsupported(node, "insert with side effects in its arguments")
    if len(args) == 3:
        char = args[2] if isinstance(args[2].type, t.CharType) else ir.Cast(args[2], type=t.CHAR)
        piece: ir.Expr = ir.LibraryCall(L.STR_REPEAT, (args[1], char), type=t.STRING, location=loc)
    elif isinstance(args[1].type, t.StringType | t.CharType):
        piece = args[1]
    else:
        raise f.unsupported(node, "insert of a value that is not text")
    tail = ir.LibraryCall(L.SUBSTRING, (receiver, args[0], None), type=t.STRING)
    if isinstance(args[0], ir.IntLiteral) and args[0].value == 0:
        value = ir.Binary(ir.BinaryOp.ADD, piece, receiver, type=t.STRING, location=loc)
    else:
        head = ir.LibraryCall(L.SUBSTRING, (receiver, ir.IntLiteral(0, type=t.INT), args[0]), type=t.STRING)
        front = ir.Binary(ir.BinaryOp.ADD, head, piece, type=t.STRING)
        value = ir.Binary(ir.BinaryOp.ADD, front, tail, type=t.STRING, location=loc)
    return ir.AssignExpr(receiver, value, type=t.STRING, location=loc)


def _string_erase(f: CppFrontEnd, call: MethodCall) -> ir.Expr | None:
    """``s.erase(pos, count)`` keeps what is around the erased part (count clamps at the end)."""
    receiver, args, node, loc = call.receiver, call.args, call.node, f.location(call.node)
    if len(args) not in (1, 2) or not t.is_integral(args[0].type):
        return None
    if _side_effects(args):
        raise f.unsupported(node, "erase with side effects in its arguments")
    if not isinstance(receiver, ir.Name):
        raise f.unsupported(node, "erase from a string that is not a variable")
    head = ir.LibraryCall(L.SUBSTRING, (receiver, ir.IntLiteral(0, type=t.INT), args[0]), type=t.STRING)
    value: ir.Expr = head
    if len(args) == 2:
        after = simplify(f.binary("+", args[0], args[1], node))
        if isinstance(args[0], ir.IntLiteral) and isinstance(args[1], ir.IntLiteral):
            after = ir.IntLiteral(args[0].value + args[1].value, type=t.INT)
        if not (isinstance(args[1], ir.IntLiteral) and args[1].value == 1):
            # the count clamps at the end (one character from a valid position cannot pass it)
            length = ir.LibraryCall(L.STR_LEN, (receiver,), type=t.INT)
            after = ir.LibraryCall(L.MIN, (after, length), type=t.INT)
        tail = ir.LibraryCall(L.SUBSTRING, (receiver, after, None), type=t.STRING)
        at_start = isinstance(args[0], ir.IntLiteral) and args[0].value == 0
        value = tail if at_start else ir.Binary(ir.BinaryOp.ADD, head, tail, type=t.STRING, location=loc)
    return ir.AssignExpr(receiver, value, type=t.STRING, location=loc)


def _emplace_pair(f: CppFrontEnd, call: MethodCall) -> ir.Expr | None:
    element = t.element_type(call.receiver.type)
    if len(call.args) != 2 or not isinstance(element, t.PairType):
        return None
    pair = ir.LibraryCall(L.MAKE_PAIR, tuple(call.args), type=element, location=f.location(call.node))
    return _op(f, call, L.LIST_APPEND, t.VOID, pair)


def _count_of_key(f: CppFrontEnd, call: MethodCall) -> ir.Expr | None:
    if len(call.args) != 1:
        return None
    return ir.Cast(_op(f, call, L.CONTAINS, t.BOOL, call.args[0]), type=t.INT, location=f.location(call.node))


_PUSH = Method(L.PUSH, 1, t.VOID, element=True)
_PEEK = Method(L.PEEK, 0, _element)
_PEEK_BACK = Method(L.PEEK_BACK, 0, _element)
_POP = Method(L.POP, 0, t.VOID)
_QUEUE_PUSHES: dict[str, tuple[Method | MethodRecognizer, ...]] = {
    "push": (_PUSH,),
    "push_back": (_PUSH,),
    "emplace": (_PUSH,),
}

# Methods any sized receiver has.
ANY_METHODS: dict[str, tuple[Method | MethodRecognizer, ...]] = {
    "size": (_size,),
    "length": (_size,),
    "empty": (Method(L.EMPTY, 0, t.BOOL),),
    "clear": (Method(L.CLEAR, 0, t.VOID),),
}
# Receiver type -> method name -> candidates, tried in order (the first that fits the call wins).
METHODS: dict[type[t.Type], dict[str, tuple[Method | MethodRecognizer, ...]]] = {
    t.StringType: {
        "substr": (_substr,),
        "push_back": (_string_append,),
        "append": (_string_append,),
        "at": (_at,),
        "c_str": (_characters,),
        "data": (_characters,),
        "find": (Method(L.STR_FIND, 1, t.INT),),
        "compare": (Method(L.STR_COMPARE, 1, t.INT),),
        "insert": (_string_insert,),
        "erase": (_string_erase,),
        "back": (Method(L.LIST_BACK, 0, t.CHAR),),
        "pop_back": (Method(L.LIST_POP_BACK, 0, t.VOID),),
    },
    t.ListType: {
        "push_back": (Method(L.LIST_APPEND, 1, t.VOID, element=True),),
        "emplace_back": (Method(L.LIST_APPEND, 1, t.VOID, element=True), _emplace_pair),
        "pop_back": (Method(L.LIST_POP_BACK, 0, t.VOID),),
        "back": (Method(L.LIST_BACK, 0, _element),),
        "front": (Method(L.LIST_FRONT, 0, _element),),
        "at": (_at,),
    },
    t.SetType: {
        "insert": (Method(L.SET_ADD, 1, t.VOID),),
        "count": (_count_of_key,),
        "erase": (Method(L.SET_REMOVE, 1, t.VOID),),
    },
    t.MapType: {
        "count": (_count_of_key,),
        "erase": (Method(L.MAP_REMOVE, 1, t.VOID),),
        "at": (Method(L.MAP_GET, 1, _value),),
    },
    t.StackType: {**_QUEUE_PUSHES, "pop": (_POP,), "top": (_PEEK,)},
    t.PriorityQueueType: {**_QUEUE_PUSHES, "pop": (_POP,), "top": (_PEEK,)},
    t.QueueType: {**_QUEUE_PUSHES, "pop": (_POP,), "front": (_PEEK,), "back": (_PEEK_BACK,)},
    t.DequeType: {
        **_QUEUE_PUSHES,
        "front": (_PEEK,),
        "push_front": (Method(L.PUSH_FRONT, 1, t.VOID),),
        "pop_front": (Method(L.POP_FRONT, 0, t.VOID),),
        "pop_back": (_POP,),
        "back": (_PEEK_BACK,),
    },
}


def _apply(f: CppFrontEnd, candidate: Method | MethodRecognizer, call: MethodCall) -> ir.Expr | None:
    if not isinstance(candidate, Method):
        return candidate(f, call)
    if len(call.args) != candidate.arity:
        return None
    receiver_type = call.receiver.type
    result = candidate.result if isinstance(candidate.result, t.Type) else candidate.result(receiver_type)
    args = list(call.args)
    if candidate.element:
        args = [f.coerce(args[0], t.element_type(receiver_type))]
    return _op(f, call, candidate.op, result, *args)


def recognize_method(f: CppFrontEnd, call: MethodCall) -> ir.Expr:
    """The IR of a library method call; refused when the table does not know it."""
    by_type = METHODS.get(type(call.receiver.type), {})
    for candidate in (*ANY_METHODS.get(call.method, ()), *by_type.get(call.method, ())):
        found = _apply(f, candidate, call)
        if found is not None:
            return found
    raise f.unsupported(call.node, f"method '{call.method}' on {call.receiver.type}")
