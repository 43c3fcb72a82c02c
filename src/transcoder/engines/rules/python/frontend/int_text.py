"""Integers as bits and digits, with Python's results: ``n.bit_length()``, ``n.bit_count()`` and
``hex(n)``/``oct(n)`` (``'-0x1f'``: the sign, the prefix, the digits of ``abs(n)``), as loops over
the value widened to 64 bits, where ``abs`` of every 32-bit value fits; 64-bit and big values are
refused."""

from __future__ import annotations

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.python.frontend.base import BuilderBase
from transcoder.engines.rules.python.frontend.irtools import B
from transcoder.engines.rules.python.frontend.tree import Syntax
from transcoder.engines.rules.python.infer import describe
from transcoder.errors import SourceLocation

_BASES = {"hex": (16, "0x"), "oct": (8, "0o")}  # bin(): builtin_calls.builtin_bin
_DIGITS = "0123456789abcdef"


class IntText(BuilderBase):
    def builtin_hex(self, node: Syntax, loc: SourceLocation) -> ir.Expr:
        return self.in_base(node, "hex", loc)

    def builtin_oct(self, node: Syntax, loc: SourceLocation) -> ir.Expr:
        return self.in_base(node, "oct", loc)

    def small_int(self, value: ir.Expr, node: Syntax, what: str) -> None:
        """Refuse ``what`` of other than an int of at most 32 bits (a bool is one)."""
        fits = isinstance(value.type, t.BoolType) or (
            isinstance(value.type, t.IntType) and value.type.bits in (8, 16, 32)
        )
        if not fits:
            raise self.unsupported(node, f"{what} of a {describe(value.type)}")

    def magnitude(self, value: ir.Expr, loc: SourceLocation) -> ir.Name:
        """A new 64-bit variable holding ``abs(value)`` (of a value of at most 32 bits)."""
        widened = ir.Name(self.fresh("magnitude"), type=t.LONG)
        negate = ir.ExprStmt(
            ir.AssignExpr(widened, ir.Unary(ir.UnaryOp.NEG, widened, type=t.LONG), type=t.LONG)
        )
        self.pre += [
            ir.VarDecl(widened.id, t.LONG, ir.Cast(value, type=t.LONG), location=loc),
            ir.If(ir.Binary(B.LT, widened, _long(0), type=t.BOOL), ir.Block((negate,)), location=loc),
        ]
        return widened

    def in_base(self, node: Syntax, name: str, loc: SourceLocation) -> ir.Expr:
        """``hex(n)``, ``oct(n)``: ``'-'`` below zero, the prefix, the digits of ``abs(n)``
        (``'0x0'`` of 0)."""
        args, keywords = self.arguments(node)
        if len(args) != 1 or keywords:
            raise self.unsupported(node, f"{name}() with these arguments")
        value = self.expr(args[0])
        self.hint(value, t.INT)
        if not self.final:
            return ir.Name("?", type=t.STRING)
        self.small_int(value, node, f"{name}()")
        base, prefix = _BASES[name]
        value = self.stable(value, "value", loc)
        rest = self.magnitude(value, loc)
        digits = ir.Name(self.fresh("digits"), type=t.STRING)
        digit = ir.Index(
            ir.StringLiteral(_DIGITS, type=t.STRING),
            ir.Cast(ir.Binary(B.TRUNC_MOD, rest, _long(base), type=t.LONG), type=t.INT),
            type=t.CHAR,
        )
        step = (
            ir.ExprStmt(ir.AssignExpr(digits, _concat(ir.Cast(digit, type=t.STRING), digits), type=t.STRING)),
            ir.ExprStmt(ir.AssignExpr(rest, _long(base), op=B.TRUNC_DIV, type=t.LONG)),
        )
        self.pre += [
            ir.VarDecl(digits.id, t.STRING, ir.StringLiteral("", type=t.STRING), location=loc),
            ir.DoWhile(ir.Block(step), ir.Binary(B.GT, rest, _long(0), type=t.BOOL), location=loc),
        ]
        negative = ir.Binary(B.LT, value, ir.IntLiteral(0, type=t.INT), type=t.BOOL)
        sign = ir.Conditional(
            negative, ir.StringLiteral("-", type=t.STRING), ir.StringLiteral("", type=t.STRING), type=t.STRING
        )
        # the prefix joined to the digits first: C++ cannot add two literals
        return _concat(sign, _concat(ir.StringLiteral(prefix, type=t.STRING), digits), loc)

    def bit_length(self, value: ir.Expr, method: str, node: Syntax, loc: SourceLocation) -> ir.Expr:
        """``n.bit_length()``: the number of bits of ``abs(n)`` (0 of 0); ``n.bit_count()``: the
        number of ones among them."""
        if not self.final:
            return ir.Name("?", type=t.INT)
        self.small_int(value, node, f"int.{method}()")
        rest = self.magnitude(value, loc)
        bits = ir.Name(self.fresh("bits"), type=t.INT)
        counted: ir.Expr = ir.IntLiteral(1, type=t.INT)
        if method == "bit_count":
            counted = ir.Cast(ir.Binary(B.BIT_AND, rest, _long(1), type=t.LONG), type=t.INT)
        step = (
            ir.ExprStmt(ir.AssignExpr(bits, counted, op=B.ADD, type=t.INT)),
            ir.ExprStmt(ir.AssignExpr(rest, _long(1), op=B.SHR, type=t.LONG)),
        )
        self.pre += [
            ir.VarDecl(bits.id, t.INT, ir.IntLiteral(0, type=t.INT), location=loc),
            ir.While(ir.Binary(B.GT, rest, _long(0), type=t.BOOL), ir.Block(step), location=loc),
        ]
        return bits


def _long(value: int) -> ir.IntLiteral:
    return ir.IntLiteral(value, type=t.LONG)


def _concat(left: ir.Expr, right: ir.Expr, loc: SourceLocation | None = None) -> ir.Expr:
    return ir.Binary(B.ADD, left, right, type=t.STRING, location=loc)
