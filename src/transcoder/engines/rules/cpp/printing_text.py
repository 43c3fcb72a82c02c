"""How C++ spells the text, bit and array operations of issue 13 (rows merged into
``printing.EXPRESSIONS``/``STATEMENTS``): ``std::string`` members where C++17 has one with Java's
meaning (``rfind``, ``find`` from a position), helpers from ``runtime/text.hpp`` elsewhere
(``java_trim``, ``replace_all``, ``java_split``, bit counts and rotations on the unsigned value)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.cfamily.backend import POSTFIX, UNARY

if TYPE_CHECKING:
    from transcoder.engines.rules.cpp.backend import CppBackend

L = ir.LibOp
Printer = Callable[["CppBackend", ir.LibraryCall], tuple[str, int]]


def _helper(name: str, template: str) -> Printer:
    """A call of a helper of ``runtime/text.hpp`` (``name``: its section)."""

    def spell(b: CppBackend, call: ir.LibraryCall) -> tuple[str, int]:
        b.imports.add(name)
        return (template.format(*(b.expr(a) for a in call.args)), POSTFIX)

    return spell


def _unsigned(b: CppBackend, value: ir.Expr | None) -> str:
    """``value`` as the unsigned type of its width (what the bit helpers take)."""
    assert value is not None
    bits = value.type.bits if isinstance(value.type, t.IntType) and value.type.bits else 64
    return f"({'unsigned int' if bits <= 32 else 'unsigned long long'}) {b.expr(value, UNARY)}"


def _bit_helper(name: str, function: str) -> Printer:
    def spell(b: CppBackend, call: ir.LibraryCall) -> tuple[str, int]:
        b.imports.add(name)
        rest = "".join(f", {b.expr(a)}" for a in call.args[1:])
        text = f"{function}({_unsigned(b, call.args[0])}{rest})"
        if call.op in (L.ROTATE_LEFT, L.ROTATE_RIGHT):  # back to the signed type of the width
            return (f"({b.type_name(call.type)}) {text}", UNARY)
        return (text, POSTFIX)

    return spell


def _java_parse_int(b: CppBackend, call: ir.LibraryCall) -> tuple[str, int]:
    """``java_parse_int`` of runtime/text.hpp, as the call's type."""
    b.imports.add("java_parse_int")
    text, radix, begin, end = call.args
    bits = 64 if call.type == t.LONG else 32
    rest = f", {b.expr(begin)}, {b.expr(end)}" if begin is not None else ""
    spelled = f"java_parse_int({b.expr(text)}, {b.expr(radix)}, {bits}{rest})"
    return (spelled, POSTFIX) if bits == 64 else (f"(int) {spelled}", UNARY)


def _find_last(b: CppBackend, call: ir.LibraryCall) -> tuple[str, int]:
    return (f"(int) {b.expr(call.args[0], POSTFIX)}.rfind({b.expr(call.args[1])})", UNARY)


def _find_from(b: CppBackend, call: ir.LibraryCall) -> tuple[str, int]:
    text, needle, start = call.args
    begin = (
        b.expr(start) if isinstance(start, ir.IntLiteral) and start.value >= 0 else f"max({b.expr(start)}, 0)"
    )
    return (f"(int) {b.expr(text, POSTFIX)}.find({b.expr(needle)}, {begin})", UNARY)


def _starts_with(b: CppBackend, call: ir.LibraryCall) -> tuple[str, int]:
    return (f"{b.expr(call.args[0], POSTFIX)}.rfind({b.expr(call.args[1])}, 0) == 0", 8)


def _to_base(b: CppBackend, call: ir.LibraryCall) -> tuple[str, int]:
    b.imports.add("to_base_string")
    value = call.args[0]
    assert value is not None
    bits = value.type.bits if isinstance(value.type, t.IntType) and value.type.bits else 64
    unsigned = "unsigned int" if bits <= 32 else "unsigned long long"
    return (f"to_base_string(({unsigned}) {b.expr(value, UNARY)}, {b.expr(call.args[1])})", POSTFIX)


def _remainder(b: CppBackend, call: ir.LibraryCall) -> tuple[str, int]:
    """C's ``remainder`` is IEEE 754's, as Java's ``Math.IEEEremainder`` (NaN for y = 0)."""
    return (f"remainder({b.expr(call.args[0])}, {b.expr(call.args[1])})", POSTFIX)


def _array_copy(b: CppBackend, call: ir.LibraryCall) -> None:
    b.imports.add("array_copy")
    b.emit(f"array_copy({', '.join(b.expr(a) for a in call.args)});")


def _resize(b: CppBackend, call: ir.LibraryCall) -> None:
    seq, size, fill = call.args
    rest = f", {b.expr(fill)}" if fill is not None else ""
    b.emit(f"{b.expr(seq, POSTFIX)}.resize({b.expr(size)}{rest});")


def _py_search(function: str) -> Printer:
    """``py_find(s, sub, start[, end])`` and its kin (runtime/text.hpp, section ``py_search``)."""

    def spell(b: CppBackend, call: ir.LibraryCall) -> tuple[str, int]:
        b.imports.add("py_search")
        return (f"{function}({', '.join(b.expr(a) for a in call.args if a is not None)})", POSTFIX)

    return spell


def _statement_only(b: CppBackend, call: ir.LibraryCall) -> tuple[str, int]:
    raise b.unsupported(call, f"{call.op.value} inside an expression")


EXPRESSIONS: dict[L, Printer] = {
    L.STR_FIND_LAST: _find_last,
    L.STR_FIND_FROM: _find_from,
    L.STARTS_WITH: _starts_with,
    L.ENDS_WITH: _helper("ends_with", "ends_with({0}, {1})"),
    L.EQUALS_IGNORE_CASE: _helper("equals_ignore_case", "equals_ignore_case({0}, {1})"),
    L.STR_TRIM: _helper("java_trim", "java_trim({0})"),
    L.STR_REPLACE: _helper("replace_all", "replace_all({0}, {1}, {2})"),
    L.STR_UPPER: _helper("to_upper_string", "to_upper_string({0})"),
    L.STR_LOWER: _helper("to_lower_string", "to_lower_string({0})"),
    L.STR_SPLIT: _helper("java_split", "java_split({0}, {1})"),
    L.STR_JOIN: _helper("join", "join({0}, {1})"),
    L.STR_TIMES: _helper("repeat_string", "repeat_string({0}, {1})"),
    L.LEADING_ZEROS: _bit_helper("leading_zeros", "leading_zeros"),
    L.TRAILING_ZEROS: _bit_helper("trailing_zeros", "trailing_zeros"),
    L.ROTATE_LEFT: _bit_helper("rotate", "rotate_left"),
    L.ROTATE_RIGHT: _bit_helper("rotate", "rotate_right"),
    L.TO_BASE_STRING: _to_base,
    L.SIGNUM: _helper("signum", "signum({0})"),
    L.STR_FIND_LAST_FROM: _helper("last_index_of", "last_index_of({0}, {1}, {2})"),
    L.PY_STR_FIND: _py_search("py_find"),
    L.PY_STR_RFIND: _py_search("py_rfind"),
    L.PY_STR_COUNT: _py_search("py_count"),
    L.PY_STR_RSPLIT: _helper("py_rsplit", "py_rsplit({0}, {1}, {2})"),
    L.REGION_MATCHES: _helper("region_matches", "region_matches({0}, {1}, {2}, {3}, {4})"),
    L.STR_REPLACE_REGEX: _helper("replace_regex", "replace_regex({0}, {1}, {2})"),
    L.TO_INT_EXACT: _helper("to_int_exact", "to_int_exact({0})"),
    L.JAVA_PARSE_INT: _java_parse_int,
    L.DOUBLE_TO_BITS: _helper("double_bits", "double_to_bits({0}, {1})"),
    L.DOUBLE_FROM_BITS: _helper("double_bits", "double_from_bits({0})"),
    L.IEEE_REMAINDER: _remainder,
    L.COPY_RANGE: _helper("copy_range", "copy_range({0}, {1}, {2})"),
    L.ARRAY_COPY: _statement_only,
    L.LIST_RESIZE: _statement_only,
    L.PY_INDEX: _helper("py_index", "py_index({0}, {1})"),
}
STATEMENTS = {L.ARRAY_COPY: _array_copy, L.LIST_RESIZE: _resize}
