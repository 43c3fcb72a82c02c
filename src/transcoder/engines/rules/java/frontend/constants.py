"""The JDK's numeric constants (``Integer.MAX_VALUE``, ``Short.MIN_VALUE``, ``Double.NaN``,
``Long.SIZE``, ``Math.PI``...) as IR values of the type Java gives them.

A limit of an integer type is the IR's limit operation or a literal of that type; a float
constant is a literal whose text is the exact value of the Java constant (``Float.MAX_VALUE`` is
the double 3.4028234663852886e38, which a float holds exactly); infinities and NaN are the IR's
``FLOAT_INFINITY`` / ``FLOAT_NAN`` operations (no literal spells them in every target).
"""

from __future__ import annotations

import struct

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.errors import SourceLocation

L = ir.LibOp

_FLOAT = t.FloatType(32)
_LIMITS = {
    ("Integer", "MAX_VALUE"): (L.INT_MAX, t.INT),
    ("Integer", "MIN_VALUE"): (L.INT_MIN, t.INT),
    ("Long", "MAX_VALUE"): (L.INT_MAX, t.LONG),
    ("Long", "MIN_VALUE"): (L.INT_MIN, t.LONG),
    ("Double", "MAX_VALUE"): (L.FLOAT_MAX, t.DOUBLE),
}
_INTEGERS: dict[tuple[str, str], tuple[int, t.Type]] = {
    ("Short", "MAX_VALUE"): (32767, t.IntType(16)),
    ("Short", "MIN_VALUE"): (-32768, t.IntType(16)),
    ("Byte", "MAX_VALUE"): (127, t.IntType(8)),
    ("Byte", "MIN_VALUE"): (-128, t.IntType(8)),
    ("Double", "MAX_EXPONENT"): (1023, t.INT),
    ("Double", "MIN_EXPONENT"): (-1022, t.INT),
    ("Float", "MAX_EXPONENT"): (127, t.INT),
    ("Float", "MIN_EXPONENT"): (-126, t.INT),
    ("Character", "MIN_RADIX"): (2, t.INT),
    ("Character", "MAX_RADIX"): (36, t.INT),
}
for _owner, _bits in (("Byte", 8), ("Short", 16), ("Character", 16), ("Integer", 32), ("Long", 64)):
    _INTEGERS[(_owner, "SIZE")] = (_bits, t.INT)
    _INTEGERS[(_owner, "BYTES")] = (_bits // 8, t.INT)
for _owner, _bits in (("Float", 32), ("Double", 64)):
    _INTEGERS[(_owner, "SIZE")] = (_bits, t.INT)
    _INTEGERS[(_owner, "BYTES")] = (_bits // 8, t.INT)


def _float32(bits: int) -> float:
    """The value of the float whose IEEE bits are ``bits``."""
    value: float = struct.unpack("<f", struct.pack("<I", bits))[0]
    return value


_FLOATS: dict[tuple[str, str], tuple[float, t.Type]] = {
    ("Math", "PI"): (3.141592653589793, t.DOUBLE),
    ("Math", "E"): (2.718281828459045, t.DOUBLE),
    ("Double", "MIN_VALUE"): (5e-324, t.DOUBLE),
    ("Double", "MIN_NORMAL"): (2.2250738585072014e-308, t.DOUBLE),
    ("Float", "MAX_VALUE"): (_float32(0x7F7FFFFF), _FLOAT),
    ("Float", "MIN_VALUE"): (_float32(0x00000001), _FLOAT),
    ("Float", "MIN_NORMAL"): (_float32(0x00800000), _FLOAT),
}
_NON_FINITE = {"POSITIVE_INFINITY": (L.FLOAT_INFINITY, False), "NEGATIVE_INFINITY": (L.FLOAT_INFINITY, True)}
_NON_FINITE["NaN"] = (L.FLOAT_NAN, False)


def jdk_constant(key: tuple[str, str], loc: SourceLocation | None) -> ir.Expr | None:
    """The value of the static field ``key`` = (class, field), or None if it is not one of these."""
    if key in _LIMITS:
        op, type_ = _LIMITS[key]
        return ir.LibraryCall(op, (), type=type_, location=loc)
    if key in _INTEGERS:
        value, type_ = _INTEGERS[key]
        return ir.IntLiteral(value, type=type_, location=loc)
    if key in _FLOATS:
        number, type_ = _FLOATS[key]
        return ir.FloatLiteral(number, repr(number), type=type_, location=loc)
    owner, field = key
    if owner in ("Double", "Float") and field in _NON_FINITE:
        op, negative = _NON_FINITE[field]
        type_ = t.DOUBLE if owner == "Double" else _FLOAT
        call = ir.LibraryCall(op, (), type=type_, location=loc)
        return ir.Unary(ir.UnaryOp.NEG, call, type=type_, location=loc) if negative else call
    if key == ("Character", "MIN_VALUE"):
        return ir.CharLiteral("\0", type=t.CHAR, location=loc)
    if key == ("Character", "MAX_VALUE"):
        return ir.CharLiteral("\uffff", type=t.CHAR, location=loc)
    return None
