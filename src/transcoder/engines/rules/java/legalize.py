"""Passes that fit the IR to Java before printing (registered in ``pipeline.py``)."""

from __future__ import annotations

import dataclasses

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.analysis.fixed_lists import fixed_fill, fixed_size_lists
from transcoder.engines.rules.analysis.names import root_name
from transcoder.engines.rules.interface import PinningRules

PINNING = PinningRules(
    boxes=True,
    vectors_are_arrays=False,
    zero_extends_unsigned=False,  # a C++ unsigned int is held in a long already (java/backend.py)
    c_strings_convert=False,
    strings_to_chars=True,
    copies_references=False,
    argument_suffix="Arg",
    worker_suffix="Impl",
)
"""How a function is pinned to a Java signature (``interface.pin``)."""


def _as_array(type_: t.Type) -> t.Type:
    if isinstance(type_, t.ListType):
        return t.ArrayType(_as_array(type_.element))
    return type_


def lists_as_arrays(function: ir.Function) -> ir.Function:
    """``function`` with its ``fixed_size_lists`` turned into arrays (types and creation): arrays
    are Java's idiom for fixed-size tables."""
    fixed = fixed_size_lists(function)
    if not fixed:
        return function

    def rewrite(node: ir.Node) -> ir.Node:
        if isinstance(node, ir.VarDecl) and node.name in fixed:
            array_type = _as_array(node.type)
            creation = ir.NewArray(
                fixed[node.name],
                fixed_fill(node.init),
                type=array_type,
                location=node.init.location if node.init else None,
            )
            return dataclasses.replace(node, type=array_type, init=creation)
        if isinstance(node, ir.Name) and node.id in fixed:
            return dataclasses.replace(node, type=_as_array(node.type))
        if isinstance(node, ir.Index) and isinstance(node.type, t.ListType) and root_name(node) in fixed:
            return dataclasses.replace(node, type=_as_array(node.type))
        return node

    result = ir.transform(function, rewrite)
    assert isinstance(result, ir.Function)
    return result


_ORDERED = (ir.BinaryOp.LT, ir.BinaryOp.LE, ir.BinaryOp.GT, ir.BinaryOp.GE)
_FOLDS = {ir.LibOp.MAX: ir.BinaryOp.BIT_OR, ir.LibOp.MIN: ir.BinaryOp.BIT_AND}


def _as_bool(expr: ir.Expr | None) -> ir.Expr:
    """``expr`` without a round trip through int (``(b ? 1 : 0) != 0`` is ``b``)."""
    assert expr is not None
    number = None
    if isinstance(expr, ir.Cast):
        number = expr.operand
    elif isinstance(expr, ir.Binary) and expr.op == ir.BinaryOp.NE and isinstance(expr.right, ir.IntLiteral):
        number = expr.left if expr.right.value == 0 else None
    if isinstance(number, ir.Cast) and isinstance(number.operand.type, t.BoolType):
        return number.operand
    return expr


def _as_number(expr: ir.Expr) -> ir.Expr:
    expr = _as_bool(expr) if isinstance(expr.type, t.BoolType) else expr
    if isinstance(expr, ir.BoolLiteral):
        return ir.IntLiteral(int(expr.value), type=t.INT, location=expr.location)
    if isinstance(expr.type, t.BoolType):
        return ir.Cast(expr, type=t.INT, location=expr.location)
    return expr


def ordered_booleans(function: ir.Function) -> ir.Function:
    """Booleans where Java orders numbers only: ``<``, ``<=``, ``>``, ``>=`` with a boolean side
    compare 0 and 1 (C++ promotes a bool, Python's ``False < True``; C++'s ``b >= 0`` reaches here
    as ``b >= false``), and ``max``/``min`` of two booleans is their non-short-circuit or/and
    (Python's ``max(a < b, c)`` is a bool; ``Math.max`` takes numbers)."""
    if not any(_compares_or_folds_bools(node) for node in ir.walk(function)):
        return function  # what the rewrite would return: it changes no node (types are kept)

    def rewrite(node: ir.Node) -> ir.Node:
        if (
            isinstance(node, ir.Binary)
            and node.op in _ORDERED
            and any(isinstance(side.type, t.BoolType) for side in (node.left, node.right))
        ):
            return dataclasses.replace(node, left=_as_number(node.left), right=_as_number(node.right))
        if (
            isinstance(node, ir.LibraryCall)
            and node.op in _FOLDS
            and isinstance(node.type, t.BoolType)
            and len(node.args) == 2
            and all(arg is not None and isinstance(arg.type, t.BoolType) for arg in node.args)
        ):
            first, second = (_as_bool(arg) for arg in node.args)
            return ir.Binary(_FOLDS[node.op], first, second, type=t.BOOL, location=node.location)
        return node

    result = ir.transform(function, rewrite)
    assert isinstance(result, ir.Function)
    return result


def _compares_or_folds_bools(node: ir.Node) -> bool:
    """Whether ``ordered_booleans`` may rewrite ``node``: an ordering with a boolean side, or a
    boolean ``max``/``min`` (a rewrite keeps every node's type, so it makes no new such node)."""
    if isinstance(node, ir.Binary):
        sides = (node.left.type, node.right.type)
        return node.op in _ORDERED and (isinstance(sides[0], t.BoolType) or isinstance(sides[1], t.BoolType))
    return isinstance(node, ir.LibraryCall) and node.op in _FOLDS and isinstance(node.type, t.BoolType)


def _unsigned_long(expr: ir.Expr | None) -> bool:
    return isinstance(expr, ir.Expr) and isinstance(expr.type, t.IntType) and not expr.type.signed and expr.type.bits == 64


def _may_convert(node: ir.Node) -> bool:
    """Whether ``node`` is a value ``unsigned_to_floating`` may convert (an unsigned long long)."""
    return isinstance(node, ir.Expr) and _unsigned_long(node)


def _to_floating(expr: ir.Expr, target: t.Type) -> ir.Expr:
    """``expr``, a C++ ``unsigned long long`` (its bits in a Java ``long``), converted to the
    floating ``target`` by an explicit cast, which the back end prints unsigned (``expr_Cast``)."""
    if isinstance(target, t.FloatType) and _unsigned_long(expr) and not isinstance(expr, ir.IntLiteral):
        return ir.Cast(expr, type=target, location=expr.location)
    return expr


def unsigned_to_floating(function: ir.Function) -> ir.Function:
    """Every conversion of a C++ ``unsigned long long`` to ``double``/``float`` made explicit: Java
    converts the ``long`` holding its bits as signed (2**63 would become -2**63)."""
    if not any(_may_convert(node) for node in ir.walk(function)):
        return function  # no such value: nothing to convert (the rewrite makes none either)

    def rewrite(node: ir.Node) -> ir.Node:
        if isinstance(node, ir.Binary) and isinstance(t.promote(node.left.type, node.right.type), t.FloatType):
            floating = t.promote(node.left.type, node.right.type)
            left, right = _to_floating(node.left, floating), _to_floating(node.right, floating)
            if left is not node.left or right is not node.right:
                return dataclasses.replace(node, left=left, right=right)
        if isinstance(node, ir.VarDecl) and node.init is not None:
            init = _to_floating(node.init, node.type)
            return node if init is node.init else dataclasses.replace(node, init=init)
        if isinstance(node, ir.AssignExpr):
            value = _to_floating(node.value, node.target.type)
            return node if value is node.value else dataclasses.replace(node, value=value)
        if isinstance(node, ir.Return) and node.value is not None:
            value = _to_floating(node.value, function.return_type)
            return node if value is node.value else dataclasses.replace(node, value=value)
        return node

    result = ir.transform(function, rewrite)
    assert isinstance(result, ir.Function)
    return result


def _pair_as(value: ir.Expr, target: t.Type) -> ir.Expr:
    """``value`` made of ``target``'s type where it is a C++ ``make_pair`` (or a conditional of
    them) of other component types: C++ converts ``pair<int, int>`` into ``pair<long long, long
    long>`` implicitly, Java boxes an ``int`` into no ``Long`` (``SimpleEntry<Long, Long>``)."""
    if not isinstance(target, t.PairType) or value.type == target:
        return value
    if isinstance(value, ir.Conditional):
        then, otherwise = _pair_as(value.then, target), _pair_as(value.otherwise, target)
        return dataclasses.replace(value, then=then, otherwise=otherwise, type=target)
    if not (isinstance(value, ir.LibraryCall) and value.op == ir.LibOp.MAKE_PAIR and len(value.args) == 2):
        return value
    args: list[ir.Expr | None] = []
    for arg, component in zip(value.args, (target.first, target.second), strict=True):
        if arg is not None and arg.type != component and t.is_numeric(arg.type) and t.is_numeric(component):
            arg = ir.Cast(arg, type=component, location=arg.location)
        args.append(arg if arg is None else _pair_as(arg, component))
    return dataclasses.replace(value, args=tuple(args), type=target)


def _slots(container: t.Type, count: int) -> tuple[t.Type | None, ...]:
    """The types the arguments after a container of a library call are stored as."""
    if isinstance(container, t.MapType):
        return (container.key, container.value, *([None] * count))[:count]
    element = getattr(container, "element", None)
    return (element,) * count if isinstance(element, t.PairType) else (None,) * count


def pairs_retyped(function: ir.Function) -> ir.Function:
    """Each ``make_pair`` stored as a pair of other component types (a declaration, an assignment,
    a return, an element put into a container) built as that type (``_pair_as``)."""
    if not any(isinstance(n, ir.LibraryCall) and n.op == ir.LibOp.MAKE_PAIR for n in ir.walk(function.body)):
        return function

    def rewrite(node: ir.Node) -> ir.Node:
        if isinstance(node, ir.VarDecl) and node.init is not None:
            init = _pair_as(node.init, node.type)
            return node if init is node.init else dataclasses.replace(node, init=init)
        if isinstance(node, ir.AssignExpr) and node.op is None:
            value = _pair_as(node.value, node.target.type)
            return node if value is node.value else dataclasses.replace(node, value=value)
        if isinstance(node, ir.Return) and node.value is not None:
            value = _pair_as(node.value, function.return_type)
            return node if value is node.value else dataclasses.replace(node, value=value)
        if isinstance(node, ir.LibraryCall) and node.args and node.args[0] is not None:
            slots = _slots(node.args[0].type, len(node.args) - 1)
            args = (node.args[0], *(_pair_as(a, s) if s is not None and a is not None else a for a, s in zip(node.args[1:], slots, strict=True)))
            same = all(a is b for a, b in zip(args, node.args, strict=True))
            return node if same else dataclasses.replace(node, args=args)
        return node

    result = ir.transform(function, rewrite)
    assert isinstance(result, ir.Function)
    return result
