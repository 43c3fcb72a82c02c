"""Conversions: Python truth values and the coercion of a value to the type of its slot."""

from __future__ import annotations

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.python.frontend.base import BuilderBase
from transcoder.engines.rules.python.frontend.irtools import B, L
from transcoder.engines.rules.python.frontend.optionals import as_optional, unwrapped
from transcoder.engines.rules.python.frontend.tree import Syntax
from transcoder.engines.rules.python.infer import WEAK01, WEAK_INF, describe
from transcoder.errors import UnsupportedConstruct


class Conversions(BuilderBase):
    def condition(self, expr: ir.Expr) -> ir.Expr:
        """``expr`` as a truth value (Python truthiness)."""
        optional = unwrapped(expr)
        if optional is not None:  # `if x:` of an optional: not None, and its value true (0 is false)
            present = ir.Binary(B.NE, optional, ir.NullLiteral(type=optional.type), type=t.BOOL)
            return ir.Binary(B.AND, present, self.truth(expr), type=t.BOOL, location=expr.location)
        return self.truth(expr)

    def truth(self, expr: ir.Expr) -> ir.Expr:
        """``expr``, a value that is not None, as a truth value."""
        type_ = expr.type
        if isinstance(type_, t.BoolType):
            return expr
        if isinstance(type_, t.UnknownType):
            if not self.final:
                return expr
            type_ = t.INT
        if isinstance(type_, t.IntType):
            return ir.Binary(
                B.NE, expr, ir.IntLiteral(0, type=type_ if type_ != WEAK01 else t.INT), type=t.BOOL
            )
        if isinstance(type_, t.FloatType):
            return ir.Binary(B.NE, expr, ir.FloatLiteral(0.0, "0.0", type=t.DOUBLE), type=t.BOOL)
        if isinstance(type_, t.CharType):
            self.warn("a one-character string is always true in Python")
            return ir.BoolLiteral(True, type=t.BOOL)
        if isinstance(
            type_,
            t.StringType
            | t.ListType
            | t.MapType
            | t.SetType
            | t.DequeType
            | t.PriorityQueueType
            | t.ArrayType,
        ):
            return ir.Unary(ir.UnaryOp.NOT, ir.LibraryCall(L.EMPTY, (expr,), type=t.BOOL), type=t.BOOL)
        return expr

    def coerce(self, expr: ir.Expr, target: t.Type, node: Syntax | None) -> ir.Expr:
        """``expr`` converted to ``target`` where Python's value fits it (literals retyped, casts added)."""
        source = expr.type
        if source == target or isinstance(target, t.UnknownType):
            return expr
        if isinstance(target, t.OptionalType) and not isinstance(expr, ir.NullLiteral):
            return self.optional_value(expr, target, node)
        literal = _coerce_literal(expr, target)
        if literal is not None:
            return literal
        if isinstance(source, t.CharType) and isinstance(target, t.StringType):
            return ir.Cast(expr, type=t.STRING, location=expr.location)
        if isinstance(source, t.BoolType) and isinstance(target, t.IntType | t.FloatType):
            return ir.Cast(expr, type=target, location=expr.location)
        if t.BIGINT in (source, target) and t.is_numeric(source) and t.is_numeric(target):
            return ir.Cast(expr, type=target, location=expr.location)  # a big integer converted (widths.py)
        if isinstance(source, t.IntType) and isinstance(target, t.IntType):
            if (source.bits or 64) > (target.bits or 64):
                return ir.Cast(expr, type=target, location=expr.location)
            return expr
        if isinstance(source, t.IntType | t.CharType) and isinstance(target, t.FloatType):
            return expr
        if isinstance(source, t.IntType) and isinstance(target, t.BoolType):
            return self.condition(expr)  # `return count` of a 0/1 result taken as a bool: `count != 0`
        container = self.coerce_container(expr, target)
        if container is not None:
            return container
        if isinstance(source, t.FloatType) and isinstance(target, t.IntType):
            raise UnsupportedConstruct(
                "rules engine: a float value where an int is expected",
                expr.location or (self.location(node) if node else None),
            )
        return expr

    def optional_value(self, expr: ir.Expr, target: t.OptionalType, node: Syntax | None) -> ir.Expr:
        """``expr`` stored where an optional is expected: the optional itself, or a value made one."""
        optional = as_optional(expr)
        if optional.type == target:
            return optional
        if isinstance(optional.type, t.OptionalType):
            raise UnsupportedConstruct(
                f"rules engine: a {describe(optional.type)} where a {describe(target)} is expected",
                expr.location or (self.location(node) if node else None),
            )
        value = self.coerce(expr, target.value, node)
        return ir.Cast(value, type=target, location=value.location)

    def coerce_container(self, expr: ir.Expr, target: t.Type) -> ir.Expr | None:
        """A new container or a sequence retyped to the container type of its slot (None: not one)."""
        source = expr.type
        if isinstance(expr, ir.ArrayLiteral) and isinstance(target, t.ArrayType | t.ListType):
            elements = tuple(self.coerce(e, target.element, None) for e in expr.elements)
            return ir.ArrayLiteral(elements, type=target, location=expr.location)
        if isinstance(expr, ir.NewContainer) and type(expr.type) is type(target):
            return ir.NewContainer(
                expr.size, expr.fill, expr.source, expr.comparator, type=target, location=expr.location
            )
        if (
            isinstance(expr, ir.NewContainer)
            and isinstance(expr.type, t.ListType)
            and isinstance(target, t.PriorityQueueType)
            and expr.source is None
        ):
            return ir.NewContainer(type=target, location=expr.location)
        if (
            isinstance(expr, ir.NewContainer)
            and isinstance(target, t.ArrayType)
            and expr.size is not None
            and expr.source is not None
        ):
            return expr  # a copy of an array (see copy_array)
        if isinstance(expr, ir.LibraryCall) and expr.op == L.MAKE_PAIR and isinstance(target, t.PairType):
            first, second = expr.args
            assert first is not None and second is not None
            parts = (self.coerce(first, target.first, None), self.coerce(second, target.second, None))
            return ir.LibraryCall(L.MAKE_PAIR, parts, type=target, location=expr.location)
        if (
            isinstance(expr, ir.LibraryCall)
            and expr.op == L.MAKE_TUPLE
            and isinstance(target, t.TupleType)
            and len(target.elements) == len(expr.args)
        ):
            values = tuple(self.coerce(v, e, None) for v, e in zip(expr.args, target.elements, strict=True) if v is not None)
            return ir.LibraryCall(L.MAKE_TUPLE, values, type=target, location=expr.location)
        if isinstance(expr, ir.NewArray) and isinstance(target, t.ArrayType):
            return ir.NewArray(expr.dims, expr.fill, type=target, location=expr.location)
        if (
            isinstance(expr, ir.LibraryCall)
            and isinstance(target, t.ArrayType | t.ListType)
            and isinstance(source, t.ArrayType | t.ListType)
        ):
            return expr
        return None


def _coerce_literal(expr: ir.Expr, target: t.Type) -> ir.Expr | None:
    """A literal (or None, or the ``float('inf')`` marker) retyped to ``target``; None if not one."""
    if isinstance(expr, ir.NullLiteral):
        if isinstance(target, t.IntType | t.FloatType | t.BoolType | t.CharType):
            raise UnsupportedConstruct(
                f"rules engine: None where a {describe(target)} is expected", expr.location
            )
        return ir.NullLiteral(type=target, location=expr.location)
    if (
        isinstance(expr, ir.LibraryCall)
        and expr.op in (L.INT_MAX, L.INT_MIN)
        and not expr.args
        and expr.type in (WEAK_INF, t.DOUBLE)
    ):
        if isinstance(target, t.IntType):
            return ir.LibraryCall(expr.op, (), type=target, location=expr.location)
        if isinstance(target, t.FloatType):
            big = ir.LibraryCall(L.FLOAT_MAX, (), type=t.DOUBLE, location=expr.location)
            return big if expr.op == L.INT_MAX else ir.Unary(ir.UnaryOp.NEG, big, type=t.DOUBLE)
    if isinstance(expr, ir.IntLiteral):
        if isinstance(target, t.IntType):
            return ir.IntLiteral(expr.value, type=target, location=expr.location)
        if isinstance(target, t.BoolType) and expr.value in (0, 1):
            return ir.BoolLiteral(bool(expr.value), type=t.BOOL, location=expr.location)
        if isinstance(target, t.FloatType):
            return ir.FloatLiteral(float(expr.value), f"{expr.value}.0", type=target, location=expr.location)
    if isinstance(expr, ir.BoolLiteral) and isinstance(target, t.IntType | t.FloatType):
        return ir.IntLiteral(
            int(expr.value), type=t.INT if isinstance(target, t.FloatType) else target, location=expr.location
        )
    if isinstance(expr, ir.CharLiteral) and isinstance(target, t.StringType):
        return ir.StringLiteral(expr.value, type=t.STRING, location=expr.location)
    return None
