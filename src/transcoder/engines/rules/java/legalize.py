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
    zero_extends_unsigned=True,
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
