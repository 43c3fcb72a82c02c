"""Python integers that may outgrow 64 bits (``types.BIGINT``) as the runtime class ``BigInt``.

C++ has no standard big integer: ``runtime/bigint.hpp`` (helper ``big_int``) is copied into a
translation that uses one. Its operators take the place of ``+ - *``, comparisons, unary minus and
shifts, so most expressions print as they do for a ``long long``; this module prints what needs
its own form (``CppBackend.render`` asks ``involves`` first): literals, conversions (checked back
to ``int``/``long long``: ``overflow_error`` rather than a wrapped value), Python's floor ``//``
and ``%`` (``BigInt::floor_div``/``floor_mod``), ``**`` (``BigInt::pow``), ``min``/``max``. What the
class does not do (bitwise and/or/xor/not, a big value as a float, a position, a hash key) is
refused with its place. A big value meets a float as Python has it: converted by ``to_double``
(correctly rounded), and ``a / b`` of ints is ``BigInt::true_div``, the exact quotient rounded once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.cfamily.backend import POSTFIX
from transcoder.engines.rules.irtools import big_float_argument, stored

if TYPE_CHECKING:
    from transcoder.engines.rules.cpp.backend import CppBackend

B = ir.BinaryOp
L = ir.LibOp
U = ir.UnaryOp
_LONG = (-(2**63), 2**63 - 1)
_OPERATORS = (B.ADD, B.SUB, B.MUL, B.SHL, B.SHR, B.LT, B.LE, B.GT, B.GE, B.EQ, B.NE, B.BIT_AND, B.BIT_OR, B.BIT_XOR)
_REFUSED_OPS = (B.USHR, B.FMOD)


def big(type_: t.Type) -> bool:
    return type_ == t.BIGINT


def involves(expr: ir.Expr) -> bool:
    """Whether ``expr`` needs a form of its own because it computes or reads a big integer."""
    if isinstance(expr, ir.IntLiteral | ir.LibraryCall) and big(expr.type):
        return True
    if isinstance(expr, ir.Cast):
        return big(expr.type) != big(expr.operand.type)
    if isinstance(expr, ir.Binary):  # + - * << >> and comparisons are the class's operators
        operators = expr.op in _OPERATORS and not (expr.op in (B.SHL, B.SHR) and big(expr.right.type))
        floats = any(isinstance(x.type, t.FloatType) for x in (expr, expr.left, expr.right))
        return (floats or not operators) and (big(expr.type) or big(expr.left.type) or big(expr.right.type))
    if isinstance(expr, ir.AssignExpr):
        return big(expr.target.type) and expr.op in (B.FLOOR_DIV, B.FLOOR_MOD, B.TRUNC_DIV, B.TRUNC_MOD)
    return False


def render(b: CppBackend, expr: ir.Expr) -> tuple[str, int]:
    b.imports.add("big_int")
    if isinstance(expr, ir.IntLiteral):
        if _LONG[0] <= expr.value <= _LONG[1]:
            return (f"BigInt({expr.value}{'' if -(2**31) <= expr.value < 2**31 else 'LL'})", POSTFIX)
        return (f'BigInt("{expr.value}")', POSTFIX)
    if isinstance(expr, ir.Cast):
        return _cast(b, expr)
    if isinstance(expr, ir.Binary):
        return _binary(b, expr)
    if isinstance(expr, ir.AssignExpr) and expr.op is not None:
        combined = ir.Binary(expr.op, expr.target, expr.value, type=t.BIGINT, location=expr.location)
        return (f"{b.expr(expr.target, POSTFIX)} = {b.expr(combined)}", 1)
    if isinstance(expr, ir.LibraryCall):
        return _library(b, expr)
    raise refused(b, expr, f"{_what(expr)} of a Python integer beyond 64 bits (BigInt)")


def _what(expr: ir.Expr) -> str:
    op = getattr(expr, "op", None)
    return f"'{op.value}'" if isinstance(op, B | U) else type(expr).__name__


def refused(b: CppBackend, expr: ir.Node, what: str) -> Exception:
    """The refusal, at the place of ``expr`` or of the first part of it that has one."""
    placed = next((n for n in ir.walk(expr) if getattr(n, "location", None) is not None), expr)
    return b.unsupported(placed, what)


def as_big(b: CppBackend, expr: ir.Expr) -> str:
    if big(expr.type):
        return b.expr(expr)
    if not (t.is_integral(expr.type) or isinstance(expr.type, t.BoolType)):
        raise refused(b, expr, f"a {expr.type} used as a Python integer beyond 64 bits")
    if isinstance(expr, ir.IntLiteral):
        return render(b, ir.IntLiteral(expr.value, type=t.BIGINT))[0]
    return f"BigInt({b.expr(expr)})"


def _count(b: CppBackend, expr: ir.Expr) -> str:
    """A shift count or an exponent: a machine integer (a big one is refused)."""
    if big(expr.type):
        raise refused(b, expr, "a shift count or exponent beyond 64 bits")
    return b.expr(expr)


def _binary(b: CppBackend, expr: ir.Binary) -> tuple[str, int]:
    op, left, right = expr.op, expr.left, expr.right
    if op == B.DIV and all(t.is_integral(side.type) for side in (left, right)):
        return (f"BigInt::true_div({as_big(b, left)}, {as_big(b, right)})", POSTFIX)  # correctly rounded
    if op in (B.ADD, B.SUB, B.MUL, B.DIV) and any(isinstance(x.type, t.FloatType) for x in (expr, left, right)):
        # float arithmetic with a big operand: Python converts the int to a float first
        left, right = (ir.Cast(x, type=t.DOUBLE) if big(x.type) else x for x in (left, right))
        return b.render(ir.Binary(op, left, right, type=expr.type, location=expr.location))
    if op in _REFUSED_OPS or not all(
        t.is_integral(side.type) or isinstance(side.type, t.BoolType) for side in (left, right)
    ):
        raise refused(b, expr, f"'{op.value}' of a Python integer beyond 64 bits (BigInt)")
    if op in (B.FLOOR_DIV, B.FLOOR_MOD, B.TRUNC_DIV, B.TRUNC_MOD):
        # the front end truncates only where both operands are non-negative: floor is the same
        name = "floor_div" if op in (B.FLOOR_DIV, B.TRUNC_DIV) else "floor_mod"
        return (f"BigInt::{name}({as_big(b, left)}, {as_big(b, right)})", POSTFIX)
    if op in (B.SHL, B.SHR):
        _count(b, right)
    raise refused(b, expr, f"'{op.value}' of a Python integer beyond 64 bits (BigInt)")


def _cast(b: CppBackend, expr: ir.Cast) -> tuple[str, int]:
    source, target, operand = expr.operand.type, expr.type, expr.operand
    if big(target):
        return (as_big(b, operand), POSTFIX)
    if isinstance(target, t.IntType) and target.bits in (32, 64) and target.signed:
        # checked: Python's value is the big one; one the slot cannot hold throws, never wraps
        method = "to_int32" if target.bits == 32 else "to_int64"
        return (f"{b.expr(operand, POSTFIX)}.{method}()", POSTFIX)
    if isinstance(target, t.StringType):
        return (f"to_string({b.expr(operand)})", POSTFIX)
    if isinstance(target, t.BoolType):
        return (f"({b.expr(operand)} != BigInt(0))", POSTFIX)
    if isinstance(target, t.FloatType) and target.bits == 64 and big(source):
        return (f"{b.expr(operand, POSTFIX)}.to_double()", POSTFIX)  # Python's float(): correctly rounded
    raise refused(b, expr, f"a Python integer beyond 64 bits converted to {target} (BigInt); from {source}")


def _library(b: CppBackend, call: ir.LibraryCall) -> tuple[str, int]:
    args = [a for a in call.args if a is not None]
    if call.op == L.POW and len(args) == 2:
        return (f"BigInt::pow({as_big(b, args[0])}, {_count(b, args[1])})", POSTFIX)
    if call.op == L.ABS and len(args) == 1:
        return (f"abs({as_big(b, args[0])})", POSTFIX)
    if call.op in (L.MIN, L.MAX) and len(args) == 2:
        name = "min" if call.op == L.MIN else "max"
        return (f"{name}<BigInt>({as_big(b, args[0])}, {as_big(b, args[1])})", POSTFIX)
    raise refused(b, call, f"{call.op.name.lower()} of a Python integer beyond 64 bits (BigInt)")


def check(b: CppBackend, function: ir.Function) -> None:
    """What the class cannot stand for, refused before printing: a big integer handed to a float
    (Python's conversion is correctly rounded and raises beyond the double range), used as a
    position, or kept as the key of a hash container (BigInt has no std::hash)."""
    for node in ir.walk(function.body):
        if isinstance(node, ir.Cast) and big(node.operand.type) and node.type == t.FLOAT:
            raise refused(b, node.operand, f"a Python integer beyond 64 bits converted to {node.type} (BigInt)")
        if isinstance(node, ir.Index) and big(node.index.type) and not isinstance(node.base.type, t.MapType):
            raise refused(b, node.index, "a Python integer beyond 64 bits used as a position")
        type_ = getattr(node, "type", None)
        if isinstance(type_, t.MapType | t.SetType) and big(type_.key if isinstance(type_, t.MapType) else type_.element):
            raise refused(b, node, "a Python integer beyond 64 bits as the key of a hash container")
        _check_slots(b, function, node)


def _check_slots(b: CppBackend, function: ir.Function, node: ir.Node) -> None:
    """A big integer given to a float function or stored into a fixed-width slot without the
    checked conversion: refused (the C++ would not build: BigInt converts to nothing implicitly)."""
    arg = big_float_argument(node)
    if arg is not None:
        assert isinstance(node, ir.LibraryCall)
        raise refused(b, arg, f"a Python integer beyond 64 bits passed to {node.op.value} (BigInt)")
    store = stored(function, node)
    if store is not None and big(store[0].type) and isinstance(store[1], t.IntType) and not big(store[1]):
        raise refused(b, store[0], f"a Python integer beyond 64 bits stored in a {store[1]} (BigInt)")
