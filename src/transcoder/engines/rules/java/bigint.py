"""Python integers that may outgrow 64 bits (``types.BIGINT``) as ``java.math.BigInteger``.

The Python front end types an integer ``BIGINT`` where 64 bits are not shown to hold it
(``python/frontend/widths.py``). Java has no operators on objects: this module prints every
expression that computes, reads or compares one (``JavaBackend.render`` asks ``involves`` first)
with BigInteger's methods, ``r = r.multiply(BigInteger.valueOf(i))``. Python's floor ``//`` and
``%`` are BigInteger's ``divide``/``mod`` only where the operands' signs allow it: elsewhere the
runtime helpers ``bigFloorDiv``/``bigFloorMod``; ``a / b`` of ints and ``float()`` the helper
``bigTrueDiv`` (the exact quotient rounded once, as Python). What BigInteger cannot stand for here
(a position, a size, a library call with no BigInteger form) is refused with its place, never
printed as something else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.cfamily.backend import POSTFIX, PREC
from transcoder.engines.rules.irtools import big_float_argument, stored

if TYPE_CHECKING:
    from transcoder.engines.rules.java.backend import JavaBackend

B = ir.BinaryOp
L = ir.LibOp
U = ir.UnaryOp

_METHODS = {
    B.ADD: "add",
    B.SUB: "subtract",
    B.MUL: "multiply",
    B.BIT_AND: "and",
    B.BIT_OR: "or",
    B.BIT_XOR: "xor",
}
_SHIFTS = {B.SHL: "shiftLeft", B.SHR: "shiftRight"}
_COMPARISONS = (B.LT, B.LE, B.GT, B.GE, B.EQ, B.NE)
_CONSTANTS = {0: "BigInteger.ZERO", 1: "BigInteger.ONE", 2: "BigInteger.TWO", 10: "BigInteger.TEN"}
_LONG = (-(2**63), 2**63 - 1)


def big(type_: t.Type) -> bool:
    return type_ == t.BIGINT


def involves(expr: ir.Expr) -> bool:
    """Whether ``expr`` computes a big integer or reads one where Java needs a method."""
    if big(expr.type) and not isinstance(expr, ir.Name | ir.Index | ir.Call | ir.Conditional):
        return True
    if isinstance(expr, ir.Binary):
        return big(expr.left.type) or big(expr.right.type)
    if isinstance(expr, ir.Cast):
        return big(expr.operand.type)
    return False


def render(b: JavaBackend, expr: ir.Expr) -> tuple[str, int]:
    if isinstance(expr, ir.IntLiteral):
        return literal(expr.value)
    if isinstance(expr, ir.Cast):
        return _cast(b, expr)
    if isinstance(expr, ir.Binary):
        return _binary(b, expr)
    if isinstance(expr, ir.Unary):
        if expr.op == U.NEG:
            return (f"{operand(b, expr.operand)}.negate()", POSTFIX)
        if expr.op == U.BIT_NOT:
            return (f"{operand(b, expr.operand)}.not()", POSTFIX)
        if expr.op == U.POS:
            return (as_big(b, expr.operand), POSTFIX)
    if isinstance(expr, ir.AssignExpr) and isinstance(expr.target, ir.Name | ir.Index):
        return _assign(b, expr)
    if isinstance(expr, ir.LibraryCall):
        return _library(b, expr)
    raise _refused(b, expr, f"{type(expr).__name__} of a Python integer beyond 64 bits (BigInteger)")


def _refused(b: JavaBackend, expr: ir.Expr, what: str) -> Exception:
    """The refusal, at the place of ``expr`` or of the first part of it that has one."""
    placed = next((n for n in ir.walk(expr) if getattr(n, "location", None) is not None), expr)
    return b.unsupported(placed, what)


def literal(value: int) -> tuple[str, int]:
    if value in _CONSTANTS:
        return (_CONSTANTS[value], POSTFIX)
    if _LONG[0] <= value <= _LONG[1]:
        suffix = "L" if not -(2**31) <= value < 2**31 else ""
        return (f"BigInteger.valueOf({value}{suffix})", POSTFIX)
    return (f'new BigInteger("{value}")', POSTFIX)


def as_big(b: JavaBackend, expr: ir.Expr) -> str:
    """``expr`` as a BigInteger (an int or a long converted exactly)."""
    while isinstance(expr, ir.Cast) and big(expr.type) and t.is_integral(expr.operand.type):
        expr = expr.operand
    if isinstance(expr, ir.IntLiteral):
        return literal(expr.value)[0]
    if big(expr.type):
        return b.expr(expr)
    if isinstance(expr.type, t.BoolType):
        return f"({b.expr(expr, 3)} ? BigInteger.ONE : BigInteger.ZERO)"
    if not t.is_integral(expr.type):
        raise _refused(b, expr, f"a {expr.type} used as a Python integer beyond 64 bits")
    return f"BigInteger.valueOf({b.expr(expr)})"


def operand(b: JavaBackend, expr: ir.Expr) -> str:
    """``expr`` as a BigInteger receiving a method call."""
    text = as_big(b, expr)
    if big(expr.type) and not isinstance(expr, ir.IntLiteral | ir.Cast):
        return b.expr(expr, POSTFIX)
    return text


def _small_int(b: JavaBackend, expr: ir.Expr) -> str:
    """A shift count or an exponent: BigInteger takes an int (a big one is refused)."""
    if big(expr.type):
        raise _refused(b, expr, "a shift count or exponent beyond 64 bits")
    text = b.expr(expr)
    if isinstance(expr.type, t.IntType) and expr.type.bits == 64:
        return f"Math.toIntExact({text})"
    return text


def _binary(b: JavaBackend, expr: ir.Binary) -> tuple[str, int]:
    op, left, right = expr.op, expr.left, expr.right
    if op == B.DIV and all(t.is_integral(side.type) for side in (left, right)):
        b.imports.add("bigTrueDiv")  # Python's a / b of ints: the exact quotient rounded once
        return (f"bigTrueDiv({as_big(b, left)}, {as_big(b, right)})", POSTFIX)
    if op in (B.ADD, B.SUB, B.MUL, B.DIV) and any(isinstance(x.type, t.FloatType) for x in (expr, left, right)):
        # float arithmetic with a big operand: Python converts the int to a float first
        left, right = (ir.Cast(x, type=t.DOUBLE) if big(x.type) else x for x in (left, right))
        return b.render(ir.Binary(op, left, right, type=expr.type, location=expr.location))
    if op in _COMPARISONS:
        if not (t.is_integral(left.type) or isinstance(left.type, t.BoolType)) or not (
            t.is_integral(right.type) or isinstance(right.type, t.BoolType)
        ):
            raise _refused(b, expr, f"'{op.value}' of a Python integer beyond 64 bits and a {right.type}")
        if op in (B.EQ, B.NE):
            text = f"{operand(b, left)}.equals({as_big(b, right)})"
            return (text, POSTFIX) if op == B.EQ else (f"!{text}", PREC[B.EQ] + 4)
        return (f"{operand(b, left)}.compareTo({as_big(b, right)}) {op.value} 0", PREC[op])
    if op in _METHODS:
        return (f"{operand(b, left)}.{_METHODS[op]}({as_big(b, right)})", POSTFIX)
    if op in _SHIFTS:
        return (f"{operand(b, left)}.{_SHIFTS[op]}({_small_int(b, right)})", POSTFIX)
    if op in (B.FLOOR_DIV, B.FLOOR_MOD, B.TRUNC_DIV, B.TRUNC_MOD):
        return _division(b, op, left, right)
    raise _refused(b, expr, f"'{op.value}' of a Python integer beyond 64 bits (BigInteger)")


def _division(b: JavaBackend, op: B, left: ir.Expr, right: ir.Expr) -> tuple[str, int]:
    """Python's floor ``//`` and ``%``: ``mod`` where the divisor is a positive constant (its
    result is Python's then), ``divide`` where both are non-negative; else the helpers. A front
    end's truncating division is made only where both operands are non-negative."""
    positive = isinstance(right, ir.IntLiteral) and right.value > 0
    if op in (B.TRUNC_DIV, B.TRUNC_MOD):
        method = "divide" if op == B.TRUNC_DIV else "remainder"
        return (f"{operand(b, left)}.{method}({as_big(b, right)})", POSTFIX)
    if op == B.FLOOR_MOD and positive:
        return (f"{operand(b, left)}.mod({as_big(b, right)})", POSTFIX)
    name = "bigFloorDiv" if op == B.FLOOR_DIV else "bigFloorMod"
    b.imports.add(name)
    return (f"{name}({as_big(b, left)}, {as_big(b, right)})", POSTFIX)


def _cast(b: JavaBackend, expr: ir.Cast) -> tuple[str, int]:
    source, target = expr.operand.type, expr.type
    if big(target):
        if big(source):
            return b.render(expr.operand)
        return (as_big(b, expr.operand), POSTFIX)
    if isinstance(target, t.IntType) and target.bits in (32, 64) and target.signed:
        # checked: Python's value is the big one; one the slot cannot hold throws, never wraps
        method = "intValueExact" if target.bits == 32 else "longValueExact"
        return (f"{operand(b, expr.operand)}.{method}()", POSTFIX)
    if isinstance(target, t.StringType):
        return (f"{operand(b, expr.operand)}.toString()", POSTFIX)
    if isinstance(target, t.BoolType):
        return (f"{operand(b, expr.operand)}.signum() != 0", PREC[B.NE])
    if target == t.DOUBLE:
        b.imports.add("bigTrueDiv")  # Python's float(): correctly rounded, an error beyond the range
        return (f"bigTrueDiv({operand(b, expr.operand)}, BigInteger.ONE)", POSTFIX)
    raise _refused(b, expr, f"a Python integer beyond 64 bits converted to {target} (BigInteger)")


def _assign(b: JavaBackend, expr: ir.AssignExpr) -> tuple[str, int]:
    target = b.expr(expr.target, POSTFIX)
    if expr.op is None:
        return (f"{target} = {as_big(b, expr.value)}", 1)
    combined = ir.Binary(expr.op, expr.target, expr.value, type=t.BIGINT, location=expr.location)
    return (f"{target} = {b.expr(combined)}", 1)


def _library(b: JavaBackend, call: ir.LibraryCall) -> tuple[str, int]:
    args = call.args
    if call.op == L.POW and len(args) == 2 and args[0] is not None and args[1] is not None:
        return (f"{operand(b, args[0])}.pow({_small_int(b, args[1])})", POSTFIX)
    if call.op == L.ABS and len(args) == 1 and args[0] is not None:
        return (f"{operand(b, args[0])}.abs()", POSTFIX)
    if call.op in (L.MIN, L.MAX) and len(args) == 2 and all(a is not None for a in args):
        first, second = args
        assert first is not None and second is not None
        method = "min" if call.op == L.MIN else "max"
        return (f"{operand(b, first)}.{method}({as_big(b, second)})", POSTFIX)
    raise _refused(b, call, f"{call.op.name.lower()} of a Python integer beyond 64 bits (BigInteger)")


def array_of_zeros(sizes: list[str]) -> str:
    """``[0] * n`` (``[[0] * m for _ in range(n)]``) of big integers: Java's ``new BigInteger[n]``
    holds nulls."""
    row = f"Collections.nCopies({sizes[-1]}, BigInteger.ZERO).toArray(new BigInteger[0])"
    if len(sizes) == 1:
        return row
    return f"Stream.generate(() -> {row}).limit({sizes[0]}).toArray(BigInteger[][]::new)"



def check(b: JavaBackend, function: ir.Function) -> None:
    """What BigInteger cannot stand for, refused before printing: a big integer used as a
    position, or handed to a ``float`` (32-bit) slot."""
    for node in ir.walk(function.body):
        if isinstance(node, ir.Index) and big(node.index.type) and not isinstance(node.base.type, t.MapType):
            raise _refused(b, node.index, "a Python integer beyond 64 bits used as a position")
        arg = big_float_argument(node)  # Math.sqrt(BigInteger) would not build
        if arg is not None:
            assert isinstance(node, ir.LibraryCall)
            raise _refused(b, arg, f"a Python integer beyond 64 bits passed to {node.op.value} (BigInteger)")
        store = (node.operand, node.type) if isinstance(node, ir.Cast) else stored(function, node)
        if store is not None and big(store[0].type) and store[1] == t.FLOAT:
            raise _refused(b, store[0], f"a Python integer beyond 64 bits converted to {store[1]} (BigInteger)")
