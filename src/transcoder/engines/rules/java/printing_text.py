"""How Java spells the text, bit and array operations of issue 13 (rows merged into
``printing.EXPRESSIONS``/``STATEMENTS``): each is the Java library method it was named after
(``lastIndexOf``, ``trim``, ``Integer.rotateLeft``, ``Arrays.copyOfRange``...)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.cfamily.backend import POSTFIX, UNARY
from transcoder.engines.rules.printing import Form

if TYPE_CHECKING:
    from transcoder.engines.rules.java.backend import JavaBackend

L = ir.LibOp
Printer = Callable[["JavaBackend", ir.LibraryCall], tuple[str, int]]


def _call(template: str) -> Form:
    return Form(template, POSTFIX)


def _java_parse_int(b: JavaBackend, call: ir.LibraryCall) -> tuple[str, int]:
    text, radix, begin, end = call.args
    function = "Long.parseLong" if call.type == t.LONG else "Integer.parseInt"
    rest = f", {b.expr(begin)}, {b.expr(end)}" if begin is not None else ""
    return (f"{function}({b.expr(text)}{rest}, {b.expr(radix)})", POSTFIX)


def _to_bits(b: JavaBackend, call: ir.LibraryCall) -> tuple[str, int]:
    raw = isinstance(call.args[1], ir.BoolLiteral) and call.args[1].value
    return (f"Double.{'doubleToRawLongBits' if raw else 'doubleToLongBits'}({b.expr(call.args[0])})", POSTFIX)


def _boxed(name: str) -> Printer:
    """``Integer.name(x, ...)`` or ``Long.name(x, ...)`` by the first argument's width."""

    def spell(b: JavaBackend, call: ir.LibraryCall) -> tuple[str, int]:
        first = call.args[0]
        wide = first is not None and isinstance(first.type, t.IntType) and first.type.bits == 64
        args = ", ".join(b.expr(a) for a in call.args)
        if first is not None and first.type == t.IntType(32, False):  # a C++ unsigned int: its bits in a long
            args = ", ".join([f"(int) {b.expr(first, UNARY)}", *(b.expr(a) for a in call.args[1:])])
        return (f"{'Long' if wide else 'Integer'}.{name}({args})", POSTFIX)

    return spell


def _py_index(b: JavaBackend, call: ir.LibraryCall) -> tuple[str, int]:
    """A Python index of a sequence of that length (``Helpers.pyIndex``)."""
    b.imports.add("pyIndex")
    return (f"pyIndex({b.expr(call.args[0])}, {b.expr(call.args[1])})", POSTFIX)


def _to_base(b: JavaBackend, call: ir.LibraryCall) -> tuple[str, int]:
    value, base = call.args
    assert value is not None and isinstance(base, ir.IntLiteral)
    wide = isinstance(value.type, t.IntType) and value.type.bits == 64
    name = {2: "toBinaryString", 8: "toOctalString", 16: "toHexString"}[base.value]
    return (f"{'Long' if wide else 'Integer'}.{name}({b.expr(value)})", POSTFIX)


_REGEX_SPECIAL = frozenset("\\^$.|?*+()[]{}")


def _split(b: JavaBackend, call: ir.LibraryCall) -> tuple[str, int]:
    separator = call.args[1]
    plain = isinstance(separator, ir.StringLiteral) and not _REGEX_SPECIAL & set(separator.value)
    pattern = b.expr(separator) if plain else f"java.util.regex.Pattern.quote({b.expr(separator)})"
    return (f"{b.expr(call.args[0], POSTFIX)}.split({pattern})", POSTFIX)


def _array_copy(b: JavaBackend, call: ir.LibraryCall) -> None:
    dst, dst_pos, src, src_pos, count = (b.expr(a) for a in call.args)
    b.emit(f"System.arraycopy({src}, {src_pos}, {dst}, {dst_pos}, {count});")


def _resize(b: JavaBackend, call: ir.LibraryCall) -> None:
    """``v.resize(n, x)``: appends or drops at the end, one element at a time."""
    seq, size, fill = call.args
    assert seq is not None
    text, count = b.expr(seq, POSTFIX), b.expr(size)
    if not isinstance(size, ir.IntLiteral | ir.Name):  # the size once, before the list changes
        name = b.temp("size")
        b.emit(f"int {name} = {count};")
        count = name
    value = b.expr(fill) if fill is not None else b.zero(t.element_type(seq.type))
    b.emit(f"while ({text}.size() < {count}) {text}.add({value});")
    b.emit(f"while ({text}.size() > {count}) {text}.remove({text}.size() - 1);")


def _py_search(function: str) -> Printer:
    """``pyFind(s, sub, start, end)`` and its kin (Helpers.java, section ``pySearch``); an end not
    given is Integer.MAX_VALUE (clamped to the length)."""

    def spell(b: JavaBackend, call: ir.LibraryCall) -> tuple[str, int]:
        b.imports.add("pySearch")
        text, sub, start, end = call.args
        last = b.expr(end) if end is not None else "Integer.MAX_VALUE"
        return (f"{function}({b.expr(text)}, {b.expr(sub)}, {b.expr(start)}, {last})", POSTFIX)

    return spell


def _py_rsplit(b: JavaBackend, call: ir.LibraryCall) -> tuple[str, int]:
    b.imports.add("pyRsplit")
    return (f"pyRsplit({', '.join(b.expr(a) for a in call.args)})", POSTFIX)


def _statement_only(b: JavaBackend, call: ir.LibraryCall) -> tuple[str, int]:
    raise b.unsupported(call, f"{call.op.value} inside an expression")


EXPRESSIONS: dict[L, Form | Printer] = {
    L.STR_FIND_LAST: _call("{r0}.lastIndexOf({1})"),
    L.STR_FIND_FROM: _call("{r0}.indexOf({1}, {2})"),
    L.STARTS_WITH: _call("{r0}.startsWith({1})"),
    L.ENDS_WITH: _call("{r0}.endsWith({1})"),
    L.EQUALS_IGNORE_CASE: _call("{r0}.equalsIgnoreCase({1})"),
    L.STR_TRIM: _call("{r0}.trim()"),
    L.STR_REPLACE: _call("{r0}.replace({1}, {2})"),
    L.STR_UPPER: _call("{r0}.toUpperCase()"),
    L.STR_LOWER: _call("{r0}.toLowerCase()"),
    L.STR_SPLIT: _split,
    L.STR_JOIN: _call("String.join({0}, {1})"),
    L.STR_TIMES: _call("{r0}.repeat({1})"),
    L.LEADING_ZEROS: _boxed("numberOfLeadingZeros"),
    L.TRAILING_ZEROS: _boxed("numberOfTrailingZeros"),
    L.ROTATE_LEFT: _boxed("rotateLeft"),
    L.ROTATE_RIGHT: _boxed("rotateRight"),
    L.TO_BASE_STRING: _to_base,
    L.SIGNUM: _boxed("signum"),
    L.STR_FIND_LAST_FROM: _call("{r0}.lastIndexOf({1}, {2})"),
    L.PY_STR_FIND: _py_search("pyFind"),
    L.PY_STR_RFIND: _py_search("pyRfind"),
    L.PY_STR_COUNT: _py_search("pyCount"),
    L.PY_STR_RSPLIT: _py_rsplit,
    L.REGION_MATCHES: _call("{r0}.regionMatches({1}, {2}, {3}, {4})"),
    L.STR_REPLACE_REGEX: _call("{r0}.replaceAll({1}, {2})"),
    L.TO_INT_EXACT: _call("Math.toIntExact({0})"),
    L.JAVA_PARSE_INT: _java_parse_int,
    L.DOUBLE_TO_BITS: _to_bits,
    L.DOUBLE_FROM_BITS: _call("Double.longBitsToDouble({0})"),
    L.IEEE_REMAINDER: _call("Math.IEEEremainder({0}, {1})"),
    L.COPY_RANGE: _call("Arrays.copyOfRange({0}, {1}, {2})"),
    L.ARRAY_COPY: _statement_only,
    L.LIST_RESIZE: _statement_only,
    L.PY_INDEX: _py_index,
}
STATEMENTS = {L.ARRAY_COPY: _array_copy, L.LIST_RESIZE: _resize}
