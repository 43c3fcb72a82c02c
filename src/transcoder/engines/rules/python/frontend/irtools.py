"""Small questions about IR values that the builder asks in several places."""

from __future__ import annotations

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.python.frontend.tree import Syntax
from transcoder.engines.rules.python.infer import TypeConflict, describe, join
from transcoder.errors import UnsupportedConstruct

L = ir.LibOp


B = ir.BinaryOp


def spelled(type_: t.Type) -> str:
    """A scalar type in words for a message or a name (``unsigned int``, ``long``, ``a C string``)."""
    if isinstance(type_, t.IntType) and type_.bits in (8, 16, 32, 64):
        width = {8: "byte", 16: "short", 32: "int", 64: "long"}[type_.bits]
        return width if type_.signed else f"unsigned {width}"
    if isinstance(type_, t.ArrayType) and isinstance(type_.element, t.CharType):
        return "a C string"
    if isinstance(type_, t.StringType):
        return "a string"
    return describe(type_)


def join_all(types: list[t.Type]) -> t.Type:
    result: t.Type = t.UNKNOWN
    for type_ in types:
        try:
            result = join(result, type_)
        except TypeConflict:
            raise UnsupportedConstruct(
                f"rules engine: values of incompatible types {describe(result)} and {describe(type_)}"
            ) from None
    return result


def array_of(element: t.Type, depth: int) -> t.Type:
    for _ in range(depth):
        element = t.ArrayType(element)
    return element


def is_zero(expr: ir.Expr) -> bool:
    if isinstance(expr, ir.IntLiteral):
        return expr.value == 0
    if isinstance(expr, ir.BoolLiteral):
        return not expr.value
    if isinstance(expr, ir.FloatLiteral):
        return expr.value == 0.0
    return False


def is_constant(expr: ir.Expr) -> bool:
    return isinstance(expr, ir.IntLiteral | ir.FloatLiteral | ir.CharLiteral | ir.BoolLiteral)


def has_call(expr: ir.Expr) -> bool:
    return any(isinstance(n, ir.Call) for n in ir.walk(expr))


def small_constant(expr: ir.Expr) -> bool:
    if isinstance(expr, ir.Cast):
        expr = expr.operand
    return (isinstance(expr, ir.IntLiteral) and abs(expr.value) < 2**16) or isinstance(expr, ir.BoolLiteral)


def int_of_bool(expr: ir.Expr) -> ir.Expr:
    if isinstance(expr.type, t.BoolType):
        if isinstance(expr, ir.BoolLiteral):
            return ir.IntLiteral(int(expr.value), type=t.INT, location=expr.location)
        return ir.Cast(expr, type=t.INT, location=expr.location)
    return expr


def directly_assigned(node: ir.Node) -> set[str]:
    names: set[str] = set()
    for child in ir.walk(node):
        if isinstance(child, ir.AssignExpr | ir.IncDec) and isinstance(child.target, ir.Name):
            names.add(child.target.id)
        elif isinstance(child, ir.LibraryCall) and child.op == L.SWAP:
            names.update(a.id for a in child.args if isinstance(a, ir.Name))
    return names


def self_combination(value: ir.Expr, base: ir.Expr) -> bool:
    """Whether ``value`` adds or multiplies two or more elements of the table ``base`` belongs to."""
    root = base
    while isinstance(root, ir.Index):
        root = root.base
    if (
        not isinstance(root, ir.Name)
        or not isinstance(value, ir.Binary)
        or value.op not in (B.ADD, B.SUB, B.MUL)
    ):
        return False
    reads = 0
    for node in ir.walk(value):
        if isinstance(node, ir.Index) and not isinstance(node.base, ir.Index):
            reads += isinstance(node.base, ir.Name) and node.base.id == root.id
    return reads >= 2


def ascending_step(step: ir.Expr) -> bool:
    """Whether a range() step is a positive literal."""
    return isinstance(step, ir.IntLiteral) and step.value > 0


def breaks(stmt: ir.Node) -> bool:
    """Whether a ``break`` in ``stmt`` leaves the loop whose body ``stmt`` is."""
    if isinstance(stmt, ir.Break):
        return True
    if isinstance(stmt, ir.While | ir.For | ir.ForEach | ir.DoWhile):
        return False
    return any(breaks(child) for child in ir.children(stmt))


class TuplePart:
    """Stands in for an assignment node where a tuple assignment assigns one target."""

    type = "tuple_part"
    id = -1

    def __init__(self, node: Syntax) -> None:
        self.start_point = node.start_point
        self.start_byte = node.start_byte
        self.location = node.location
