"""C++/Java ``float`` (binary32) in Python translations: every rounding to binary32 made explicit.

Python has one floating-point type, binary64. A source computing in ``float`` rounds each result
to 24 significant bits (``0.1f + 0.2f`` is 0.30000001192092896; a sum past 3.4e38 is inf), so the
same steps in double print other numbers. The rule: every value that C++/Java rounds to binary32
is printed through the helper ``f32`` (a ``struct`` pack/unpack, ±inf past the largest float):
the result of ``+ - * / %`` on floats, of a float library call (``sqrtf``), a ``float`` literal
binary32 cannot hold (``0.1f``), and each conversion into ``float`` from double or an integer (a
cast, an initialiser, an assignment, an argument, a returned value, an integer operand of float
arithmetic). Rounding the exact double result of one ``+ - * /`` or sqrt of two floats to binary32
gives the binary32 result (53 >= 2 * 24 + 2 bits), so ``f32(a + b)`` is exact. A float ``++``/``--``
and a compound assignment whose target has side effects are refused with line and column.
"""

from __future__ import annotations

import dataclasses
import struct

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t

B = ir.BinaryOp
FLOAT32 = t.FloatType(32)
_ARITHMETIC = (B.ADD, B.SUB, B.MUL, B.DIV, B.FMOD)
# Library calls whose float result is one of their float arguments, never a rounded new value.
_EXACT_OPS = (ir.LibOp.ABS, ir.LibOp.MIN, ir.LibOp.MAX)


def is_float32(type_: t.Type | None) -> bool:
    return isinstance(type_, t.FloatType) and type_.bits == 32


def _binary32_exact(value: float) -> bool:
    try:
        return bool(struct.unpack("f", struct.pack("f", value))[0] == value or value != value)
    except OverflowError:
        return False


def rounds(expr: ir.Expr) -> bool:
    """``expr`` gives a binary32 value that its double printing does not: print ``f32(...)``."""
    if not is_float32(expr.type):
        return False
    if isinstance(expr, ir.Binary):
        return expr.op in _ARITHMETIC
    if isinstance(expr, ir.LibraryCall):
        return expr.op not in _EXACT_OPS
    if isinstance(expr, ir.FloatLiteral):
        return not _binary32_exact(expr.value)
    if isinstance(expr, ir.Cast):
        return _converted(expr.operand, expr.type)
    return False


def _converted(value: ir.Expr | None, to: t.Type | None) -> bool:
    """``value`` turns into a ``float`` from a wider or integer type (rounding it)."""
    return (
        value is not None
        and is_float32(to)
        and not is_float32(value.type)
        and not (isinstance(value, ir.FloatLiteral | ir.IntLiteral) and _binary32_exact(float(value.value)))
    )


def _to_float32(value: ir.Expr | None, to: t.Type | None) -> ir.Expr | None:
    if value is not None and _converted(value, to) and t.is_numeric(value.type):
        return ir.Cast(value, type=FLOAT32, location=value.location)
    return value


class Float32Rounding:
    """Rewrites a function so that each implicit conversion into ``float`` is an ``ir.Cast``."""

    def __init__(self, module: ir.Module, function: ir.Function) -> None:
        self.params = {f.name: f.params for f in module.functions}
        self.function = function
        self.refusals: list[tuple[ir.Node, str]] = []

    def rewritten(self) -> ir.Function:
        if not any(is_float32(getattr(n, "type", None)) for n in ir.walk(self.function)) and not is_float32(
            self.function.return_type
        ):
            return self.function
        body = self.node(self.function.body)
        assert isinstance(body, ir.Block)
        return dataclasses.replace(self.function, body=body)

    def node(self, node: ir.Node) -> ir.Node:
        changes: dict[str, object] = {}
        for field in dataclasses.fields(node):
            if field.name in ("location", "type"):
                continue
            value = getattr(node, field.name)
            if isinstance(value, ir.Node):
                changes[field.name] = self.node(value)
            elif isinstance(value, tuple) and any(isinstance(v, ir.Node) for v in value):
                changes[field.name] = tuple(self.node(v) if isinstance(v, ir.Node) else v for v in value)
        new = dataclasses.replace(node, **changes) if changes else node  # type: ignore[arg-type]
        return self.converted(new)

    def converted(self, node: ir.Node) -> ir.Node:
        """``node`` with the conversions into ``float`` it implies written as casts."""
        if isinstance(node, ir.VarDecl):
            return dataclasses.replace(node, init=_to_float32(node.init, node.type))
        if isinstance(node, ir.Return):
            return dataclasses.replace(node, value=_to_float32(node.value, self.function.return_type))
        if isinstance(node, ir.Call) and node.function in self.params:
            params = self.params[node.function]
            args = tuple(
                _to_float32(a, params[i].type) if i < len(params) else a for i, a in enumerate(node.args)
            )
            return dataclasses.replace(node, args=args)  # type: ignore[arg-type]
        if isinstance(node, ir.Binary) and is_float32(node.type) and node.op in _ARITHMETIC:
            left, right = _to_float32(node.left, FLOAT32), _to_float32(node.right, FLOAT32)
            return dataclasses.replace(node, left=left, right=right)  # type: ignore[arg-type]
        if isinstance(node, ir.IncDec) and is_float32(node.target.type):
            self.refusals.append((node, "float (32-bit) increment"))
        if isinstance(node, ir.AssignExpr) and is_float32(node.target.type):
            return self.assignment(node)
        return node

    def assignment(self, node: ir.AssignExpr) -> ir.Node:
        if node.op is None:
            return dataclasses.replace(node, value=_to_float32(node.value, FLOAT32))  # type: ignore[arg-type]
        if not isinstance(node.target, ir.Name | ir.Index) or any(
            isinstance(n, ir.AssignExpr | ir.IncDec | ir.Call | ir.Invoke | ir.LibraryCall)
            for n in ir.walk(node.target)
        ):
            self.refusals.append((node, "float (32-bit) compound assignment to this target"))
            return node
        # `s += x` is `s = (float) (s + x)`: the sum in float when x is a float or an integer
        # (converted to float first), in double when x is a double.
        wide = isinstance(node.value.type, t.FloatType) and not is_float32(node.value.type)
        value = node.value if wide else _to_float32(node.value, FLOAT32)
        assert value is not None
        total_type = node.value.type if wide else FLOAT32
        total = ir.Binary(node.op, node.target, value, type=total_type, location=node.location)
        stored = ir.Cast(total, type=FLOAT32, location=node.location) if wide else total
        return dataclasses.replace(node, value=stored, op=None)
