"""Operands that no C++ or Java program can be given: refused before printing.

A Python source is only compiled, never type-checked, before it is translated: ``(-arr)[i]``,
``n[-1]`` on an int, ``dp[i][dp]``, ``abs(abs - d)`` or a name defined nowhere all compile, and
fail only when the line runs (TypeError, NameError). A C++ or Java translation of such a line
does not build, so the back ends refuse it with its place instead (issue 11's fuzz criterion:
no exit-0 output that does not build where the source does). C++ and Java front ends never give
these: their sources' compilers would not accept them either.
"""

from __future__ import annotations

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.errors import UnsupportedConstruct

_ARITHMETIC = (t.IntType, t.FloatType, t.BoolType, t.CharType)
_SEQUENCES = (t.ArrayType, t.ListType, t.StringType)
# values no arithmetic or index takes (unknown, generic and class types are left to the printers)
_VALUES = (
    *_SEQUENCES, t.StringBuilderType, t.MapType, t.SetType, t.StackType, t.QueueType, t.DequeType,
    t.PriorityQueueType, t.PairType, t.TupleType, t.FunctionType,
)  # fmt: skip
_SIGNS = (ir.UnaryOp.NEG, ir.UnaryOp.POS, ir.UnaryOp.BIT_NOT)
_B = ir.BinaryOp
_BITWISE = (_B.SHL, _B.SHR, _B.USHR, _B.BIT_AND, _B.BIT_OR, _B.BIT_XOR)  # integers (and bools) only


def check_operands(module: ir.Module, target: str) -> None:
    """Raise ``UnsupportedConstruct`` at the first operand ``target`` has no meaning for."""
    nodes = ir.walk(module)
    declared = {name for node in nodes for name in _bound(node)}
    # a function's name that is also a variable's (`int f_gold = 0;` inside f_gold) may be either
    variables = {name for node in nodes if not isinstance(node, ir.Function) for name in _bound(node)}
    functions = {function.name for function in module.functions} - variables
    for node in nodes:
        what = _problem(node, declared, functions)
        if what is not None:
            raise UnsupportedConstruct(f"rules engine: cannot translate to {target}: {what}", node.location)
    for function in module.functions:  # Python's bare `return` (None) where other returns give a value
        if isinstance(function.return_type, t.VoidType):
            continue
        for node in ir.walk(function.body):
            if isinstance(node, ir.Return) and node.value is None:
                what = f"return without a value in '{function.name}', which returns {function.return_type}"
                raise UnsupportedConstruct(f"rules engine: cannot translate to {target}: {what}", node.location)


def _bound(node: ir.Node) -> tuple[str, ...]:
    """The names a node declares (a variable, parameter, loop variable, function, class, field):
    gathered over the whole module, so a name is refused only where it is declared nowhere."""
    name = getattr(node, "name", None)
    return (name,) if isinstance(name, str) and not isinstance(node, ir.Expr) else ()


def _problem(node: ir.Node, declared: set[str], functions: set[str]) -> str | None:
    if isinstance(node, ir.Name):
        if node.id not in declared:
            return f"name '{node.id}' is defined nowhere"
        if node.id in functions and not isinstance(node.type, t.FunctionType):
            return f"function '{node.id}' used as a {node.type}"
    if isinstance(node, ir.Unary) and node.op in _SIGNS and isinstance(node.operand.type, _VALUES):
        return f"unary {node.op.value} on a value of type {node.operand.type}"
    if (
        isinstance(node, ir.Binary)
        and node.op in _BITWISE
        and any(isinstance(side.type, (*_VALUES, t.FloatType)) for side in (node.left, node.right))
    ):
        return f"operator {node.op.value} on a value of type {node.left.type} and {node.right.type}"
    if isinstance(node, ir.Index):
        if isinstance(node.base.type, _ARITHMETIC):
            return f"subscript of a value of type {node.base.type}"
        if isinstance(node.base.type, _SEQUENCES) and isinstance(node.index.type, (*_VALUES, t.FloatType)):
            return f"index of type {node.index.type}"
    return None
