"""How Java spells each IR library operation: one row per ``LibOp``.

``EXPRESSIONS`` gives an operation's spelling as an expression: a ``Form`` (a template over the
rendered arguments) or a function of the back end and the call where the spelling depends on
types, boxing or ranges. ``STATEMENTS`` gives the operations Java writes as statements of their
own (``swap`` through a temporary, ``Arrays.sort``, ``System.out.println``). An operation in
neither table is refused.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.analysis.names import assigned_names, swap_positions_to_fix, with_positions
from transcoder.engines.rules.cfamily.backend import ATOM, POSTFIX, PREC, UNARY
from transcoder.engines.rules.java import printing_text, program
from transcoder.engines.rules.java.records import make_tuple, tuple_get
from transcoder.engines.rules.java.runtime import HELPERS
from transcoder.engines.rules.printing import Form

if TYPE_CHECKING:
    from transcoder.engines.rules.java.backend import JavaBackend

L = ir.LibOp
B = ir.BinaryOp

CALL = 15  # Java postfix precedence

ExpressionPrinter = Callable[["JavaBackend", ir.LibraryCall], tuple[str, int]]
StatementPrinter = Callable[["JavaBackend", ir.LibraryCall], None]


def _call(template: str) -> Form:
    return Form(template, CALL)


def bool_to_int(expr: ir.Expr) -> ir.Expr:
    """A boolean used as a number: Java needs the conversion written."""
    if isinstance(expr.type, t.BoolType):
        return ir.Cast(expr, type=t.INT)
    return expr


def numeric_compound(expr: ir.AssignExpr) -> ir.AssignExpr:
    """``s += (a < b)``: a compound assignment to a number whose value is a boolean takes it as 0 or 1
    (Java has no ``int += boolean``)."""
    if expr.op is not None and t.is_numeric(expr.target.type) and isinstance(expr.value.type, t.BoolType):
        return dataclasses.replace(expr, value=ir.Cast(expr.value, type=t.INT))
    return expr


_PURE_OPS = {
    ir.BinaryOp.ADD, ir.BinaryOp.SUB, ir.BinaryOp.MUL, ir.BinaryOp.BIT_AND, ir.BinaryOp.BIT_OR,
    ir.BinaryOp.BIT_XOR, ir.BinaryOp.EQ, ir.BinaryOp.NE, ir.BinaryOp.LT, ir.BinaryOp.LE,
    ir.BinaryOp.GT, ir.BinaryOp.GE, ir.BinaryOp.AND, ir.BinaryOp.OR,
}  # fmt: skip


def without_effect(expr: ir.Expr) -> bool:
    """A number or truth value computed from names and literals with operators that cannot throw or
    change anything (``a != b;``): Java rejects it as a statement, and dropping it changes nothing."""
    if not isinstance(expr.type, t.IntType | t.CharType | t.FloatType | t.BoolType):
        return False
    if isinstance(expr, ir.Name | ir.IntLiteral | ir.FloatLiteral | ir.BoolLiteral | ir.CharLiteral):
        return True
    if isinstance(expr, ir.Unary):
        return without_effect(expr.operand)
    if isinstance(expr, ir.Binary):
        return expr.op in _PURE_OPS and without_effect(expr.left) and without_effect(expr.right)
    return False


def scalar(type_: t.Type) -> t.Type:
    """The element type of a (nested) array or list, or the type itself."""
    while isinstance(type_, t.ArrayType | t.ListType):
        type_ = type_.element
    return type_


# -- expressions --------------------------------------------------------------------------------


def _limit(b: JavaBackend, call: ir.LibraryCall) -> tuple[str, int]:
    bits = call.type.bits if isinstance(call.type, t.IntType) and call.type.bits else 64
    box = "Long" if bits == 64 else "Integer"
    if isinstance(call.type, t.IntType) and not call.type.signed:
        if call.op == L.INT_MIN:
            return ("0", ATOM)
        if bits == 64:
            return ("-1L", UNARY)  # unsigned long long's bits in a long
        return (f"{(1 << bits) - 1}{'L' if bits == 32 else ''}", ATOM)  # held in a long / an int
    return (f"{box}.{'MAX_VALUE' if call.op == L.INT_MAX else 'MIN_VALUE'}", POSTFIX)


def _non_finite(b: JavaBackend, call: ir.LibraryCall) -> tuple[str, int]:
    box = "Float" if isinstance(call.type, t.FloatType) and call.type.bits == 32 else "Double"
    return (f"{box}.{'POSITIVE_INFINITY' if call.op == L.FLOAT_INFINITY else 'NaN'}", POSTFIX)


def _saturating_int(b: JavaBackend, call: ir.LibraryCall) -> tuple[str, int]:
    return (f"({b.type_name(call.type)}) {b.expr(call.args[0], UNARY)}", UNARY)  # Java's own cast


def _x86_int(b: JavaBackend, call: ir.LibraryCall) -> tuple[str, int]:
    name = "x86Int"
    if isinstance(call.type, t.IntType) and call.type.bits == 64:
        name = "x86Long" if call.type.signed else "x86Unsigned"  # an unsigned long long's bits
    b.imports.add(name)
    return (f"{name}({b.expr(call.args[0])})", POSTFIX)


def _to_string(b: JavaBackend, call: ir.LibraryCall) -> tuple[str, int]:
    value = call.args[0]
    if isinstance(value, ir.Expr) and isinstance(value.type, t.IntType) and value.type == t.IntType(64, False):
        return (f"Long.toUnsignedString({b.expr(value)})", POSTFIX)  # a C++ unsigned long long's digits
    return (f"String.valueOf({b.expr(value)})", POSTFIX)


def _round_digits(b: JavaBackend, call: ir.LibraryCall) -> tuple[str, int]:
    b.imports.add("pyRound")
    return (f"pyRound({b.expr(call.args[0])}, {b.expr(call.args[1])})", POSTFIX)


def _round_half_even(b: JavaBackend, call: ir.LibraryCall) -> tuple[str, int]:
    b.imports.add("pyLong")
    return (f"pyLong(Math.rint({b.expr(call.args[0])}))", POSTFIX)


def _py_long(b: JavaBackend, call: ir.LibraryCall) -> tuple[str, int]:
    b.imports.add("pyLong")
    return (f"pyLong({b.expr(call.args[0])})", POSTFIX)


def _round_half_away(b: JavaBackend, call: ir.LibraryCall) -> tuple[str, int]:
    b.imports.add("roundHalfAway")
    text = f"roundHalfAway({b.expr(call.args[0])})"
    return (f"(double) {text}", UNARY) if isinstance(call.type, t.FloatType) else (text, CALL)


def _bound(b: JavaBackend, call: ir.LibraryCall) -> tuple[str, int]:
    seq, begin, end, value = call.args
    assert seq is not None and value is not None
    container = b.type_name(seq.type)
    helper = f"{'lowerBound' if call.op == L.LOWER_BOUND else 'upperBound'}({container})"
    if helper not in HELPERS:
        raise b.unsupported(call, f"{call.op.value} on a {seq.type}")
    b.imports.add(helper)
    length = f"{b.expr(seq, POSTFIX)}.{'length' if isinstance(seq.type, t.ArrayType) else 'size()'}"
    first = b.expr(begin) if begin is not None else "0"
    last = b.expr(end) if end is not None else length
    name = helper.split("(")[0]
    return (f"{name}({b.expr(seq)}, {first}, {last}, {b.expr(value)})", POSTFIX)


def _bit_count(b: JavaBackend, call: ir.LibraryCall) -> tuple[str, int]:
    first = call.args[0]
    assert first is not None
    value = first.operand if isinstance(first, ir.Cast) and t.is_integral(first.operand.type) else first
    if isinstance(value, ir.Wrap) and value.type == t.IntType(32, False) and value.operand.type == t.INT:
        value = value.operand  # the bits of an int as an unsigned int: bitCount counts the same ones
    # a 64-bit value, or a C++ unsigned int (held in a long), counts as a long
    wide = isinstance(value.type, t.IntType) and (value.type.bits == 64 or value.type == t.IntType(32, False))
    return (f"{'Long' if wide else 'Integer'}.bitCount({b.expr(value)})", POSTFIX)


def _length(b: JavaBackend, call: ir.LibraryCall) -> tuple[str, int]:
    first = call.args[0]
    assert first is not None
    if isinstance(first.type, t.ArrayType):
        return (f"{b.expr(first, POSTFIX)}.length", POSTFIX)
    if isinstance(first.type, t.StringType | t.StringBuilderType):
        return (f"{b.expr(first, POSTFIX)}.length()", POSTFIX)
    return (f"{b.expr(first, POSTFIX)}.size()", POSTFIX)


def _element_add(b: JavaBackend, call: ir.LibraryCall) -> tuple[str, int]:
    """``list.add(v)`` / ``set.add(v)`` with an int boxed as the container's Long."""
    container, value = call.args
    assert container is not None and value is not None
    element = container.type.element if isinstance(container.type, t.ListType | t.SetType) else value.type
    return (f"{b.expr(container, POSTFIX)}.add({b.expr(b.boxed_as(value, element))})", POSTFIX)


def _map_put(b: JavaBackend, call: ir.LibraryCall) -> tuple[str, int]:
    """``map.put(k, v)`` with an int key or value boxed as the map's Long (Java boxes it as Integer)."""
    container, key, value = call.args
    assert container is not None and key is not None and value is not None
    assert isinstance(container.type, t.MapType)
    key = b.boxed_as(key, container.type.key)
    value = b.boxed_as(value, container.type.value)
    return (f"{b.expr(container, POSTFIX)}.put({b.expr(key)}, {b.expr(value)})", POSTFIX)


def _contains(b: JavaBackend, call: ir.LibraryCall) -> tuple[str, int]:
    container, value = call.args
    assert container is not None and value is not None
    if isinstance(container.type, t.MapType):
        _no_int_among_chars(b, call, container, value)
        return (f"{b.expr(container, POSTFIX)}.containsKey({b.expr(b.boxed_as(value, container.type.key))})", POSTFIX)
    if isinstance(container.type, t.StringType):
        return (f"{b.expr(container, POSTFIX)}.indexOf({b.expr(value)}) >= 0", 9)
    if isinstance(container.type, t.ArrayType):
        return _array_contains(b, call, container, value)
    _no_int_among_chars(b, call, container, value)
    return (f"{b.expr(container, POSTFIX)}.contains({b.expr(b.boxed_as(value, t.element_type(container.type)))})", POSTFIX)


def _no_int_among_chars(b: JavaBackend, call: ir.LibraryCall, container: ir.Expr, value: ir.Expr) -> None:
    """An int looked up among chars (C++ ``set<char>::count(k)``) boxes as an Integer, never equal
    to a Character; C++ converts it to a char, which may wrap: refused."""
    if isinstance(t.element_type(container.type), t.CharType) and isinstance(value.type, t.IntType):
        raise b.unsupported(call, "an integer looked up among characters")


def _keyed(template: str) -> Callable[[JavaBackend, ir.LibraryCall], tuple[str, int]]:
    """A collection method taking an Object (contains, remove, get, Collections.frequency): the
    value boxed as the collection's element (key) type, or it is never equal to an element
    (``Set<Long>.contains(n)`` of an int ``n`` is false for every n)."""
    form = _call(template)

    def keyed(b: JavaBackend, call: ir.LibraryCall) -> tuple[str, int]:
        container, value = call.args[0], call.args[1]
        if container is not None and value is not None:
            _no_int_among_chars(b, call, container, value)
            boxed = b.boxed_as(value, t.element_type(container.type))
            call = dataclasses.replace(call, args=(container, boxed, *call.args[2:]))
        return b.form(form, call)

    return keyed


def _array_contains(
    b: JavaBackend, call: ir.LibraryCall, container: ir.Expr, value: ir.Expr
) -> tuple[str, int]:
    element = t.element_type(container.type)
    if b.boxed_array(container) or isinstance(element, t.StringType):
        return (f"Arrays.asList({b.expr(container)}).contains({b.expr(value)})", POSTFIX)
    assert b.current is not None
    changed = assigned_names(b.current.body)
    captured = {n.id for n in ir.walk(value) if isinstance(n, ir.Name)}
    if element not in (t.INT, t.LONG, t.DOUBLE) or captured & changed:
        # (a Java lambda may only read variables that are never assigned)
        raise b.unsupported(call, "membership test on an array")
    item = b.temp("element")
    b.taken.discard(item)  # a lambda parameter, not a local
    test = f"{item} -> {item} == {b.expr(value, PREC[B.EQ] + 1)}"
    return (f"Arrays.stream({b.expr(container)}).anyMatch({test})", POSTFIX)


def _min_max(b: JavaBackend, call: ir.LibraryCall) -> tuple[str, int]:
    first, second = call.args
    assert first is not None and second is not None
    if isinstance(call.type, t.StringType) or isinstance(first.type, t.StringType):
        compare = ">=" if call.op == L.MAX else "<="
        return (
            f"{b.expr(first, POSTFIX)}.compareTo({b.expr(second)}) {compare} 0"
            f" ? {b.expr(first, 3)} : {b.expr(second, 2)}",
            2,
        )
    first, second = bool_to_int(first), bool_to_int(second)
    if first.type != second.type and t.is_numeric(call.type):
        first, second = b.cast_to(first, call.type), b.cast_to(second, call.type)
    return (f"Math.{call.op.value}({b.expr(first)}, {b.expr(second)})", POSTFIX)


def _gcd(b: JavaBackend, call: ir.LibraryCall) -> tuple[str, int]:
    b.imports.add("gcd")
    return (f"gcd({b.expr(call.args[0])}, {b.expr(call.args[1])})", POSTFIX)


def _substring(b: JavaBackend, call: ir.LibraryCall) -> tuple[str, int]:
    text, begin, end = call.args
    end_text = f", {b.expr(end)}" if end is not None else ""
    return (f"{b.expr(text, POSTFIX)}.substring({b.expr(begin)}{end_text})", POSTFIX)


def _parse_int(b: JavaBackend, call: ir.LibraryCall) -> tuple[str, int]:
    """Python's int(s) (``pyInt``: whitespace at both ends, underscores between digits, which
    parseInt rejects), C++'s stoi (``cStoi``: a prefix, parseInt wants the whole text) and atoi
    (``cAtoi``: 0 without digits, never throws): each computed in a long, then its type."""
    if call.op == L.PARSE_INT:
        b.imports.add("pyInt")
        text = f"pyInt({b.expr(call.args[0])})"
        return (text, POSTFIX) if call.type == t.LONG else (f"Math.toIntExact({text})", POSTFIX)  # never wraps
    name = "cStoi" if call.op == L.C_STOI else "cAtoi"
    b.imports.add(name)
    bits = 64 if call.type == t.LONG else 32
    text = f"{name}({b.expr(call.args[0])}, {bits})"
    return (text, POSTFIX) if bits == 64 else (f"(int) {text}", UNARY)  # in range by then


def _get_or(b: JavaBackend, call: ir.LibraryCall) -> tuple[str, int]:
    first = call.args[0]
    if first is not None and isinstance(first.type, t.MapType):
        default, value_type = call.args[2], first.type.value
        if (
            isinstance(default, ir.IntLiteral)
            and isinstance(value_type, t.IntType)
            and default.type != value_type
        ):
            # the default has the map's boxed value type: getOrDefault(k, 0L) on a Map<K, Long>
            default = dataclasses.replace(default, type=value_type)
            call = dataclasses.replace(call, args=(first, call.args[1], default))
    return _GET_OR(b, call)


_GET_OR = _keyed("{r0}.getOrDefault({1}, {2})")


def _empty(b: JavaBackend, call: ir.LibraryCall) -> tuple[str, int]:
    first = call.args[0]
    assert first is not None
    if isinstance(first.type, t.ArrayType):
        return (f"{b.expr(first, POSTFIX)}.length == 0", 8)
    return (f"{b.expr(first, POSTFIX)}.isEmpty()", POSTFIX)


def _pop(b: JavaBackend, call: ir.LibraryCall) -> tuple[str, int]:
    first = call.args[0]
    assert first is not None
    if isinstance(first.type, t.DequeType):
        method = "pollLast"
    else:
        method = "pop" if isinstance(first.type, t.StackType) else "poll"
    return (f"{b.expr(first, POSTFIX)}.{method}()", POSTFIX)


def _push(b: JavaBackend, call: ir.LibraryCall) -> tuple[str, int]:
    first = call.args[0]
    assert first is not None
    if isinstance(first.type, t.StackType):
        method = "push"
    else:
        method = "addLast" if isinstance(first.type, t.DequeType) else "add"
    return (f"{b.expr(first, POSTFIX)}.{method}({b.expr(call.args[1])})", POSTFIX)


def _back(b: JavaBackend, call: ir.LibraryCall) -> tuple[str, int]:
    first = call.args[0]
    assert first is not None
    text = b.expr(first, POSTFIX)
    if isinstance(first.type, t.StringType):
        return (f"{text}.charAt({text}.length() - 1)", POSTFIX)
    return (f"{text}.get({text}.size() - 1)", POSTFIX)


def _pop_back(b: JavaBackend, call: ir.LibraryCall) -> tuple[str, int]:
    text = b.expr(call.args[0], POSTFIX)
    return (f"{text}.remove({text}.size() - 1)", POSTFIX)


def _stream(b: JavaBackend, call: ir.LibraryCall) -> str | None:
    """The int stream a reduction runs over (None: a set's own min/max)."""
    seq, begin, end = call.args[0], call.args[1], call.args[2]
    assert seq is not None
    if isinstance(seq.type, t.ArrayType):
        stream = f"Arrays.stream({b.expr(seq)}"
        if begin is not None or end is not None:
            first = b.expr(begin) if begin is not None else "0"
            stream += f", {first}, {b.expr(end) if end is not None else b.expr(seq, POSTFIX) + '.length'}"
        stream += ")"
        if b.boxed_array(seq):
            boxed = b.type_name(t.element_type(seq.type), True)
            primitive = b.type_name(t.element_type(seq.type)).capitalize()
            stream += f".mapTo{primitive}({boxed}::{primitive.lower()}Value)"
        return stream
    if isinstance(seq.type, t.SetType) and begin is None and end is None and call.op != L.ACCUMULATE:
        return None
    if isinstance(seq.type, t.ListType) and begin is None and end is None:
        return f"{b.expr(seq, POSTFIX)}.stream().mapToInt(Integer::intValue)"
    raise b.unsupported(call, f"{call.op.value} over part of a list")


def _reduce(b: JavaBackend, call: ir.LibraryCall) -> tuple[str, int]:
    """``max_element``, ``min_element``, ``accumulate`` as streams (a set: ``Collections.max``)."""
    stream = _stream(b, call)
    if stream is None:
        return (
            f"Collections.{'max' if call.op == L.MAX_ELEMENT else 'min'}({b.expr(call.args[0])})",
            POSTFIX,
        )
    if call.op == L.ACCUMULATE:
        initial = call.args[3]
        wider = isinstance(call.type, t.IntType) and call.type.bits == 64 and b.type_name(call.type) != b.type_name(t.element_type(call.args[0].type))  # type: ignore[union-attr]
        text = f"{stream}{'.asLongStream()' if wider else ''}.sum()"
        if not (isinstance(initial, ir.IntLiteral) and initial.value == 0):
            return (f"{b.expr(initial, 11)} + {text}", 11)
        return (text, POSTFIX)
    seq = call.args[0]
    element = b.type_name(t.element_type(seq.type)) if seq is not None and isinstance(seq.type, t.ArrayType) else "int"
    # Arrays.stream of a long[] / double[] is a LongStream / DoubleStream: its optional's getter
    getter = {"long": "getAsLong", "double": "getAsDouble"}.get(element, "getAsInt")
    return (f"{stream}.{'max' if call.op == L.MAX_ELEMENT else 'min'}().{getter}()", POSTFIX)


def _make_pair(b: JavaBackend, call: ir.LibraryCall) -> tuple[str, int]:
    return (f"new AbstractMap.SimpleEntry<>({b.expr(call.args[0])}, {b.expr(call.args[1])})", POSTFIX)


def _refused(b: JavaBackend, call: ir.LibraryCall) -> tuple[str, int]:
    """Statements only (``STATEMENTS``); inside an expression, Java has no spelling for them."""
    raise b.unsupported(call, f"library operation {call.op.value}")


EXPRESSIONS: dict[L, Form | ExpressionPrinter] = {
    L.ABS: _call("Math.abs({0})"),
    L.MIN: _min_max,
    L.MAX: _min_max,
    L.POW: _call("Math.pow({0}, {1})"),
    L.SQRT: _call("Math.sqrt({0})"),
    L.CBRT: _call("Math.cbrt({0})"),
    L.EXP: _call("Math.exp({0})"),
    L.LOG: _call("Math.log({0})"),
    L.LOG2: _call("(Math.log({0}) / Math.log(2))"),
    L.LOG10: _call("Math.log10({0})"),
    L.FLOOR: _call("Math.floor({0})"),
    L.CEIL: _call("Math.ceil({0})"),
    L.ROUND: _round_half_away,
    L.SIN: _call("Math.sin({0})"),
    L.COS: _call("Math.cos({0})"),
    L.TAN: _call("Math.tan({0})"),
    L.ASIN: _call("Math.asin({0})"),
    L.ACOS: _call("Math.acos({0})"),
    L.ATAN: _call("Math.atan({0})"),
    L.ATAN2: _call("Math.atan2({0}, {1})"),
    L.HYPOT: _call("Math.hypot({0}, {1})"),
    L.GCD: _gcd,
    L.BIT_COUNT: _bit_count,
    L.INT_MAX: _limit,
    L.INT_MIN: _limit,
    L.FLOAT_MAX: _call("Double.MAX_VALUE"),
    L.FLOAT_INFINITY: _non_finite,
    L.FLOAT_NAN: _non_finite,
    L.SATURATING_INT: _saturating_int,
    L.X86_INT: _x86_int,
    L.ROUND_HALF_UP: _call("Math.round({0})"),
    L.ROUND_HALF_EVEN: _round_half_even,  # Python's round(x): checked, (long) saturated silently
    L.ROUND_DIGITS: _round_digits,
    L.PY_INT_OF_FLOAT: _py_long,
    L.SWAP: _refused,
    L.SORT: _refused,
    L.SORT_DESC: _refused,
    L.REVERSE: _refused,
    L.FILL: _refused,
    L.STR_LEN: _call("{r0}.length()"),
    L.SUBSTRING: _substring,
    L.STR_FIND: _call("{r0}.indexOf({1})"),
    L.STR_COMPARE: _call("{r0}.compareTo({1})"),
    L.STR_APPEND: _refused,
    L.STR_CHARS: _call("{r0}.toCharArray()"),
    L.STR_FROM_CHARS: _call("new String({0})"),
    L.STR_REPEAT: _call("String.valueOf({1}).repeat({0})"),
    L.STR_REVERSED: _call("new StringBuilder({0}).reverse().toString()"),
    L.TO_STRING: _to_string,
    L.PARSE_INT: _parse_int,
    L.C_STOI: _parse_int,
    L.C_ATOI: _parse_int,
    L.IS_DIGIT: _call("Character.isDigit({0})"),
    L.IS_ALPHA: _call("Character.isLetter({0})"),
    L.IS_ALNUM: _call("Character.isLetterOrDigit({0})"),
    L.IS_UPPER: _call("Character.isUpperCase({0})"),
    L.IS_LOWER: _call("Character.isLowerCase({0})"),
    L.IS_SPACE: _call("Character.isWhitespace({0})"),
    L.TO_UPPER: _call("Character.toUpperCase({0})"),
    L.TO_LOWER: _call("Character.toLowerCase({0})"),
    L.LEN: _length,
    L.EMPTY: _empty,
    L.CLEAR: _call("{r0}.clear()"),
    L.LIST_APPEND: _element_add,
    L.LIST_POP_BACK: _pop_back,
    L.LIST_BACK: _back,
    L.LIST_FRONT: _call("{r0}.get(0)"),
    L.LIST_INSERT: _call("{r0}.add({1}, {2})"),
    L.LIST_REMOVE_AT: _call("{r0}.remove((int) {1})"),
    L.LIST_REMOVE_VALUE: _refused,
    L.CONTAINS: _contains,
    L.COUNT_OF: _keyed("Collections.frequency({0}, {1})"),
    L.MAX_ELEMENT: _reduce,
    L.MIN_ELEMENT: _reduce,
    L.ACCUMULATE: _reduce,
    L.LOWER_BOUND: _bound,
    L.UPPER_BOUND: _bound,
    L.MAP_GET: _keyed("{r0}.get({1})"),
    L.MAP_GET_OR: _get_or,
    L.MAP_PUT: _map_put,
    L.MAP_REMOVE: _keyed("{r0}.remove({1})"),
    L.MAP_KEYS: _call("{r0}.keySet()"),
    L.MAP_VALUES: _call("{r0}.values()"),
    L.MAP_ITEMS: _call("{r0}.entrySet()"),
    L.MAP_MERGE: _refused,
    L.SET_ADD: _element_add,
    L.SET_REMOVE: _keyed("{r0}.remove({1})"),
    L.ELEMENTS: _refused,
    L.PUSH: _push,
    L.POP: _pop,
    L.PEEK: _call("{r0}.peek()"),
    L.PUSH_FRONT: _call("{r0}.addFirst({1})"),
    L.POP_FRONT: _call("{r0}.pollFirst()"),
    L.PEEK_BACK: _call("{r0}.peekLast()"),
    L.PRINT: _refused,
    L.MAKE_PAIR: _make_pair,
    L.PAIR_FIRST: _call("{r0}.getKey()"),
    L.PAIR_SECOND: _call("{r0}.getValue()"),
    L.MAKE_TUPLE: make_tuple,
    L.TUPLE_GET: tuple_get,
}


# -- statements ---------------------------------------------------------------------------------


def _swap(b: JavaBackend, call: ir.LibraryCall) -> None:
    first, second = call.args
    assert first is not None and second is not None
    replaced: dict[ir.Expr, ir.Expr] = {}
    for position in swap_positions_to_fix(first, second):
        index = b.temp("index")
        b.emit(f"{b.type_name(position.type)} {index} = {b.expr(position)};")
        replaced[position] = ir.Name(index, type=position.type)
    first, second = with_positions(first, replaced), with_positions(second, replaced)
    temp = b.temp()
    b.emit(f"{b.type_name(first.type)} {temp} = {b.expr(first)};")
    b.stmt_ExprStmt(ir.ExprStmt(ir.AssignExpr(first, second, type=first.type)))
    b.stmt_ExprStmt(ir.ExprStmt(ir.AssignExpr(second, ir.Name(temp, type=first.type), type=first.type)))


def _remove_value(b: JavaBackend, call: ir.LibraryCall) -> None:
    seq, value = call.args
    assert seq is not None and value is not None
    value = b.boxed_as(value, t.element_type(seq.type))  # remove((Integer) n) from a List<Long> removes nothing
    boxed = b.type_name(value.type, boxed=True) if not isinstance(value.type, t.StringType) else ""
    cast = f"({boxed}) " if boxed else ""
    b.emit(f"{b.expr(seq, POSTFIX)}.remove({cast}{b.expr(value, UNARY)});")


def _reverse(b: JavaBackend, call: ir.LibraryCall) -> None:
    seq, begin, end = call.args
    assert seq is not None
    if isinstance(seq.type, t.ListType) and begin is None and end is None:
        b.emit(f"Collections.reverse({b.expr(seq)});")
    elif isinstance(seq.type, t.StringType) and begin is None and end is None:
        text = b.expr(seq, POSTFIX)
        b.emit(f"{text} = new StringBuilder({text}).reverse().toString();")
    elif isinstance(seq.type, t.StringType):
        b.via_chars(call)
    elif isinstance(seq.type, t.ArrayType):
        reverse_array(b, seq, begin, end)
    else:
        raise b.unsupported(call, "reverse of part of a list or string")


def reverse_array(b: JavaBackend, seq: ir.Expr, begin: ir.Expr | None, end: ir.Expr | None) -> None:
    """Reverse ``seq[begin:end]`` in place by swapping from both ends."""
    arr = b.expr(seq, POSTFIX)
    i, j, tmp = b.temp("i"), b.temp("j"), b.temp("temp")
    start = b.expr(begin) if begin is not None else "0"
    last = f"{b.expr(end, PREC[B.SUB])} - 1" if end is not None else f"{arr}.length - 1"
    element = b.type_name(t.element_type(seq.type))
    b.emit(f"for (int {i} = {start}, {j} = {last}; {i} < {j}; {i}++, {j}--) {{")
    b.indent += 1
    b.emit(f"{element} {tmp} = {arr}[{i}];")
    b.emit(f"{arr}[{i}] = {arr}[{j}];")
    b.emit(f"{arr}[{j}] = {tmp};")
    b.indent -= 1
    b.emit("}")


def _fill(b: JavaBackend, call: ir.LibraryCall) -> None:
    seq, value, begin, end = call.args
    assert seq is not None and value is not None
    if isinstance(seq.type, t.StringType):
        b.via_chars(call)
        return
    if isinstance(seq.type, t.ListType):
        if begin is not None or end is not None:
            raise b.unsupported(call, "fill of part of a list")
        b.emit(f"Collections.fill({b.expr(seq)}, {b.expr(value)});")
        return
    depth = 0
    inner = seq.type
    while isinstance(inner, t.ArrayType) and isinstance(inner.element, t.ArrayType):
        depth += 1
        inner = inner.element
    if depth and (begin is not None or end is not None):
        raise b.unsupported(call, "fill of part of a 2-D array")
    target = b.expr(seq)
    row_type = seq.type
    for _ in range(depth):
        row_type = row_type.element  # type: ignore[attr-defined]
        row = b.temp("row")
        b.emit(f"for ({b.type_name(row_type)} {row} : {target}) {{")
        b.indent += 1
        target = row
    bounds = ""
    if begin is not None or end is not None:
        first = b.expr(begin) if begin is not None else "0"
        bounds = f"{first}, {b.expr(end) if end is not None else target + '.length'}, "
    fill = b.cast_to(value, scalar(seq.type))
    if b.boxed_array(seq) and value.type != scalar(seq.type):
        fill = ir.Cast(value, type=scalar(seq.type))  # a Long[] takes no int (0L, not 0)
    b.emit(f"Arrays.fill({target}, {bounds}{b.expr(fill)});")
    for _ in range(depth):
        b.indent -= 1
        b.emit("}")


def _append(b: JavaBackend, call: ir.LibraryCall) -> None:
    target, piece = call.args
    assert target is not None and piece is not None
    if isinstance(target.type, t.StringBuilderType):
        b.emit(f"{b.expr(target, POSTFIX)}.append({b.expr(piece)});")
        return
    if isinstance(target, ir.Index):
        raise b.unsupported(call, "append to a string inside a container")
    if not isinstance(piece.type, t.StringType | t.CharType) and isinstance(
        piece.type, t.IntType | t.FloatType
    ):
        piece_text = f"String.valueOf({b.expr(piece)})"
    else:
        piece_text = b.expr(piece)
    b.emit(f"{b.expr(target, POSTFIX)} += {piece_text};")


def _print(b: JavaBackend, call: ir.LibraryCall) -> None:
    pieces = [a for a in call.args if a is not None]
    newline = bool(pieces) and isinstance(pieces[-1], ir.StringLiteral) and pieces[-1].value.endswith("\n")
    if newline:
        last = pieces.pop()
        assert isinstance(last, ir.StringLiteral)
        if last.value[:-1]:
            pieces.append(ir.StringLiteral(last.value[:-1], type=t.STRING))
    texts = [b.expr(p, 12) for p in pieces]
    if len(pieces) > 1 and not isinstance(pieces[0].type, t.StringType):
        texts[0] = f"String.valueOf({b.expr(pieces[0])})"  # so that `+` concatenates
    for i, piece in enumerate(pieces):
        if isinstance(piece.type, t.IntType) and not piece.type.signed and piece.type.bits == 64:
            texts[i] = f"Long.toUnsignedString({b.expr(piece)})"  # its bits in a long (C++ source)
    b.emit(f"System.out.{'println' if newline else 'print'}({' + '.join(texts)});")


def _drop_last(b: JavaBackend, call: ir.LibraryCall) -> None:
    seq = call.args[0]
    assert seq is not None
    if isinstance(seq.type, t.StringType):
        text = b.expr(seq, POSTFIX)
        b.emit(f"{text} = {text}.substring(0, {text}.length() - 1);")
    else:
        b.emit(b.expr(call) + ";")


def _sort(b: JavaBackend, call: ir.LibraryCall) -> None:
    b.sort(call)


STATEMENTS: dict[L, StatementPrinter] = {
    L.SWAP: _swap,
    L.SORT: _sort,
    L.SORT_DESC: _sort,
    L.LIST_REMOVE_VALUE: _remove_value,
    L.REVERSE: _reverse,
    L.FILL: _fill,
    L.STR_APPEND: _append,
    L.PRINT: _print,
    L.LIST_POP_BACK: _drop_last,
}

# whole programs: number texts and the end of the program (java/program.py)
EXPRESSIONS.update(program.EXPRESSIONS)
STATEMENTS.update(program.STATEMENTS)

# text, bits and array copies (issue 13): java/printing_text.py
EXPRESSIONS.update(printing_text.EXPRESSIONS)
STATEMENTS.update(printing_text.STATEMENTS)
