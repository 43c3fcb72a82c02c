"""Where C++ would compute a 64-bit IR operation in 32 bits.

The back end prints a 64-bit literal that fits an int without a suffix (``0xFFL`` is ``255``) and
lets C++'s usual arithmetic conversions widen operands, as Java's binary promotion does. That
holds while one operand of the printed expression is 64-bit; when none is (Java ``a * 1L * b``,
``(b & 0xFFL) << 48`` with ``a``, ``b`` ints or bytes), C++ multiplies or shifts ints: ``a * 1 * b``
overflows where Java's long does not, and an int shifted by 48 is undefined. ``widened_left``
makes the left operand 64-bit there.
"""

from __future__ import annotations

import dataclasses

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t

B = ir.BinaryOp
U = ir.UnaryOp

# operations whose value depends on the width they are computed in
_WIDTH_SENSITIVE = frozenset({B.ADD, B.SUB, B.MUL, B.TRUNC_DIV, B.TRUNC_MOD, B.SHL, B.SHR})
# operations whose result is as wide as their widest operand and exact at any width (sign extension
# commutes with them)
_BITWISE = frozenset({B.BIT_AND, B.BIT_OR, B.BIT_XOR})


def printed_bits(expr: ir.Expr) -> int:
    """The width of the C++ type ``expr`` has as printed (64 where it does not matter)."""
    if isinstance(expr, ir.IntLiteral):
        return 32 if -(2**31) <= expr.value < 2**31 else 64  # CppBackend.expr_IntLiteral's suffix
    if isinstance(expr, ir.Binary) and expr.op in _BITWISE and _is_int(expr.type, 64):
        return max(printed_bits(expr.left), printed_bits(expr.right))
    if isinstance(expr, ir.Unary) and expr.op in (U.NEG, U.BIT_NOT) and _is_int(expr.type, 64):
        return printed_bits(expr.operand)
    if isinstance(expr, ir.Conditional) and _is_int(expr.type, 64):
        return max(printed_bits(expr.then), printed_bits(expr.otherwise))
    if isinstance(expr.type, t.IntType):
        return max(expr.type.bits or 64, 32)
    if isinstance(expr.type, t.CharType | t.BoolType):
        return 32
    return 64


def widened_left(expr: ir.Binary) -> ir.Expr | None:
    """The left operand converted to the expression's 64-bit type where C++ would compute it in 32
    bits (see the module's text); None where it needs nothing."""
    if expr.op not in _WIDTH_SENSITIVE or not _is_int(expr.type, 64):
        return None
    operands = (expr.left,) if expr.op in (B.SHL, B.SHR) else (expr.left, expr.right)
    if any(printed_bits(operand) == 64 for operand in operands):
        return None
    left, wide = expr.left, expr.type
    assert isinstance(wide, t.IntType)
    if left.type == wide:  # 64-bit in the IR, 32 as printed: retyped, or the cast is elided as idle
        left = dataclasses.replace(left, type=t.IntType(32, wide.signed))
    return ir.Cast(left, type=wide, location=expr.left.location)


def _is_int(type_: t.Type | None, bits: int) -> bool:
    return isinstance(type_, t.IntType) and type_.bits == bits
