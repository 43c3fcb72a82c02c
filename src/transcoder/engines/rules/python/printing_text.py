"""How Python spells the text, bit and array operations of issue 13 (rows merged into
``printing.EXPRESSIONS``/``STATEMENTS``): ``str`` methods where Python has one with Java's meaning
(``rfind``, ``startswith``, ``replace``, ``upper``, ``join``, ``*``), small helpers from
``runtime/text.py`` where it has none (``java_trim``, ``java_split``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.printing import Form

if TYPE_CHECKING:
    from transcoder.engines.rules.python.backend import PythonBackend

L = ir.LibOp
ATOM = 100
EQUALITY = 5

HELPERS = (
    "java_trim", "java_split", "equals_ignore_case", "letter_or_digit", "char_upper", "char_lower", "trailing_zeros", "rotate", "copy_range",
    "array_copy", "region_matches", "to_int_exact", "ieee_remainder", "java_parse_int", "double_bits",
)  # fmt: skip
"""The helpers of ``runtime/text.py``, in the order a translation carries them."""


def _bits(expr: ir.Expr | None) -> int:
    return expr.type.bits if expr is not None and isinstance(expr.type, t.IntType) and expr.type.bits else 64


def _helper(
    name: str, template: str, *, bits: bool = False
) -> Callable[[PythonBackend, ir.LibraryCall], tuple[str, int]]:
    """A call of the helper ``name`` (the file's section), with the first argument's width last."""

    def spell(b: PythonBackend, call: ir.LibraryCall) -> tuple[str, int]:
        b.helpers.add(name)
        args = [b.expr(a) for a in call.args]
        if bits:
            args.append(str(_bits(call.args[0])))
        return (template.format(*args), ATOM)

    return spell


def _java_parse_int(b: PythonBackend, call: ir.LibraryCall) -> tuple[str, int]:
    b.helpers.add("java_parse_int")
    text, radix, begin, end = call.args
    bits = 64 if call.type == t.LONG else 32
    rest = f", {b.expr(begin)}, {b.expr(end)}" if begin is not None else ""
    return (f"java_parse_int({b.expr(text)}, {b.expr(radix)}, {bits}{rest})", ATOM)


def _double_bits(b: PythonBackend, call: ir.LibraryCall) -> tuple[str, int]:
    """``double_to_bits(x, raw)`` / ``double_from_bits(bits)`` of runtime/text.py (``struct``)."""
    b.helpers.add("double_bits")
    b.imports.add("import struct")
    if call.op == L.DOUBLE_FROM_BITS:
        return (f"double_from_bits({b.expr(call.args[0])})", ATOM)
    raw = isinstance(call.args[1], ir.BoolLiteral) and call.args[1].value
    return (f"double_to_bits({b.expr(call.args[0])}, {raw})", ATOM)


def _find_from(b: PythonBackend, call: ir.LibraryCall) -> tuple[str, int]:
    text, needle, start = call.args
    assert start is not None
    literal = isinstance(start, ir.IntLiteral) and start.value >= 0
    # Java counts a negative start as 0 where Python would count it from the end
    begin = b.expr(start) if literal or (b.nonneg and b.nonneg(start)) else f"max({b.expr(start)}, 0)"
    return (f"{b.expr(text, ATOM)}.find({b.expr(needle)}, {begin})", ATOM)


def _py_index(b: PythonBackend, call: ir.LibraryCall) -> tuple[str, int]:
    """A Python index is the index itself."""
    return (b.expr(call.args[0]), 0)


def _find_last_from(b: PythonBackend, call: ir.LibraryCall) -> tuple[str, int]:
    """``lastIndexOf(c, from)`` of a char: at most index from, none for a negative from."""
    text, needle, start = call.args
    assert start is not None
    return (f"{b.expr(text, ATOM)}.rfind({b.expr(needle)}, 0, max({b.expr(start, 11)} + 1, 0))", ATOM)


def _py_search(method: str) -> Callable[[PythonBackend, ir.LibraryCall], tuple[str, int]]:
    """Python's own ``s.find(sub, start[, end])`` and its kin."""

    def spell(b: PythonBackend, call: ir.LibraryCall) -> tuple[str, int]:
        text, *rest = call.args
        return (f"{b.expr(text, ATOM)}.{method}({', '.join(b.expr(a) for a in rest if a is not None)})", ATOM)

    return spell


def _replace_regex(b: PythonBackend, call: ir.LibraryCall) -> tuple[str, int]:
    b.imports.add("import re")
    text, pattern, replacement = call.args
    return (f"re.sub({b.expr(pattern)}, {b.expr(replacement)}, {b.expr(text)})", ATOM)


def _remainder(b: PythonBackend, call: ir.LibraryCall) -> tuple[str, int]:
    b.imports.add("import math")  # the helper calls math.remainder
    return _helper("ieee_remainder", "ieee_remainder({0}, {1})")(b, call)


def _leading_zeros(b: PythonBackend, call: ir.LibraryCall) -> tuple[str, int]:
    bits = _bits(call.args[0])
    return (f"{bits} - ({b.expr(call.args[0], 8)} & 0x{'F' * (bits // 4)}).bit_length()", 10)


def _to_base(b: PythonBackend, call: ir.LibraryCall) -> tuple[str, int]:
    value, base = call.args
    assert isinstance(base, ir.IntLiteral)
    letter = {2: "b", 8: "o", 16: "x"}[base.value]
    return (f'format({b.expr(value, 8)} & 0x{"F" * (_bits(value) // 4)}, "{letter}")', ATOM)


def _signum(b: PythonBackend, call: ir.LibraryCall) -> tuple[str, int]:
    value = call.args[0]
    if isinstance(value, ir.Name | ir.IntLiteral):
        text = b.expr(value, EQUALITY + 1)
        return (f"({text} > 0) - ({text} < 0)", 10)
    return (f"(lambda v: (v > 0) - (v < 0))({b.expr(value)})", ATOM)


def _copy_range(b: PythonBackend, call: ir.LibraryCall) -> tuple[str, int]:
    b.helpers.add("copy_range")
    seq, begin, end = call.args
    assert seq is not None
    zero = b.zero(t.element_type(seq.type))
    return (f"copy_range({b.expr(seq)}, {b.expr(begin)}, {b.expr(end)}, {zero})", ATOM)


def _array_copy(b: PythonBackend, call: ir.LibraryCall) -> None:
    b.helpers.add("array_copy")
    b.emit(f"array_copy({', '.join(b.expr(a) for a in call.args)})")


def _times(b: PythonBackend, call: ir.LibraryCall) -> tuple[str, int]:
    return (f"{b.expr(call.args[0], 11)} * {b.expr(call.args[1], 12)}", 11)


def _resize(b: PythonBackend, call: ir.LibraryCall) -> None:
    """``v[n:] = [x] * (n - len(v))``: drops the tail past n, or appends n - len(v) copies."""
    seq, size, fill = call.args
    assert seq is not None
    text, count = b.expr(seq, ATOM), b.expr(size, 11)
    value = b.expr(fill) if fill is not None else b.zero(t.element_type(seq.type))
    b.emit(f"{text}[{b.expr(size)}:] = [{value}] * ({count} - len({b.expr(seq)}))")


def _statement_only(b: PythonBackend, call: ir.LibraryCall) -> tuple[str, int]:
    raise b.unsupported(call, f"{call.op.value} inside an expression")


EXPRESSIONS: dict[L, Form | Callable[[PythonBackend, ir.LibraryCall], tuple[str, int]]] = {
    L.STR_FIND_LAST: Form("{r0}.rfind({1})"),
    L.STR_FIND_FROM: _find_from,
    L.STARTS_WITH: Form("{r0}.startswith({1})"),
    L.ENDS_WITH: Form("{r0}.endswith({1})"),
    L.EQUALS_IGNORE_CASE: _helper("equals_ignore_case", "equals_ignore_case({0}, {1})"),
    L.STR_TRIM: _helper("java_trim", "java_trim({0})"),
    L.STR_REPLACE: Form("{r0}.replace({1}, {2})"),
    L.STR_UPPER: Form("{r0}.upper()"),
    L.STR_LOWER: Form("{r0}.lower()"),
    L.STR_SPLIT: _helper("java_split", "java_split({0}, {1})"),
    L.STR_JOIN: Form("{r0}.join({1})"),
    L.STR_TIMES: _times,
    L.LEADING_ZEROS: _leading_zeros,
    L.TRAILING_ZEROS: _helper("trailing_zeros", "trailing_zeros({0}, {1})", bits=True),
    L.ROTATE_LEFT: _helper("rotate", "rotate_left({0}, {1}, {2})", bits=True),
    L.ROTATE_RIGHT: _helper("rotate", "rotate_right({0}, {1}, {2})", bits=True),
    L.TO_BASE_STRING: _to_base,
    L.SIGNUM: _signum,
    L.STR_FIND_LAST_FROM: _find_last_from,
    L.PY_STR_FIND: _py_search("find"),
    L.PY_STR_RFIND: _py_search("rfind"),
    L.PY_STR_COUNT: _py_search("count"),
    L.PY_STR_RSPLIT: _py_search("rsplit"),
    L.REGION_MATCHES: _helper("region_matches", "region_matches({0}, {1}, {2}, {3}, {4})"),
    L.STR_REPLACE_REGEX: _replace_regex,
    L.TO_INT_EXACT: _helper("to_int_exact", "to_int_exact({0})"),
    L.JAVA_PARSE_INT: _java_parse_int,
    L.DOUBLE_TO_BITS: _double_bits,
    L.DOUBLE_FROM_BITS: _double_bits,
    L.IEEE_REMAINDER: _remainder,
    L.COPY_RANGE: _copy_range,
    L.ARRAY_COPY: _statement_only,
    L.LIST_RESIZE: _statement_only,
    L.PY_INDEX: _py_index,
}
STATEMENTS: dict[L, Callable[[PythonBackend, ir.LibraryCall], None]] = {
    L.ARRAY_COPY: _array_copy,
    L.LIST_RESIZE: _resize,
}
