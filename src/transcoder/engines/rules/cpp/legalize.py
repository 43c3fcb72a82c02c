"""Passes that fit the IR to C++ before printing (registered in ``pipeline.py``).

C++ receives an array parameter as ``int arr[]``, which does not know its length: the length
parameter of the GfG convention (``analysis.lengths``) stands in for it. A parameter pinned as a
C string (``char s[]`` and no length) ends at its ``'\\0'``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import TYPE_CHECKING

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.analysis.lengths import length_parameters
from transcoder.engines.rules.cpp.nullable import null_compared
from transcoder.engines.rules.interface import PinningRules

if TYPE_CHECKING:
    from transcoder.engines.rules.interface import Declaration
    from transcoder.engines.rules.signature import PinnedParam

L = ir.LibOp
B = ir.BinaryOp

PINNING = PinningRules(
    boxes=False,
    vectors_are_arrays=True,
    zero_extends_unsigned=False,
    c_strings_convert=True,
    strings_to_chars=False,
    copies_references=True,
    argument_suffix="_arg",
    worker_suffix="_impl",
)
"""How a function is pinned to a C++ signature (``interface.pin``)."""


def cpp_spelling(
    function: ir.Function, param: ir.Param, declarations: Mapping[str, Declaration]
) -> PinnedParam | None:
    """The pinned spelling of ``param`` when the signature spells its type in C++."""
    declaration = declarations.get(function.name)
    if declaration is None:
        return None
    position = next((i for i, p in enumerate(function.params) if p.name == param.name), None)
    pinned = declaration.params[position] if position is not None else None
    if pinned is None or pinned.type.cpp(param.name) is None:
        return None
    same_vector = (
        isinstance(pinned.type.type, t.ListType)
        and isinstance(param.type, t.ArrayType)
        and pinned.type.type.element == param.type.element
    )
    return pinned if pinned.type.type == param.type or same_vector else None


class _LengthsRewrite:
    """``arr.length`` as its length parameter, and ``for (int x : arr)`` as an index loop."""

    def __init__(self, function: ir.Function, lengths: dict[str, str]) -> None:
        self.function = function
        self.lengths = lengths
        self.loops = 0

    def __call__(self, node: ir.Node) -> ir.Node:
        if isinstance(node, ir.LibraryCall) and node.args and self.is_array(node.args[0]):
            return self.library_call(node)
        if isinstance(node, ir.ForEach) and self.is_array(node.iterable):
            return self.index_loop(node)
        return node

    def is_array(self, expr: ir.Expr | None) -> bool:
        return isinstance(expr, ir.Name) and expr.id in self.lengths

    def length(self, array: ir.Expr | None, location: object = None) -> ir.Name:
        assert isinstance(array, ir.Name)
        return ir.Name(self.lengths[array.id], type=t.INT, location=location)  # type: ignore[arg-type]

    def library_call(self, node: ir.LibraryCall) -> ir.Node:
        end = ir.RANGE_END.get(node.op)
        if end is not None and node.args[end] is None:
            args = list(node.args)
            args[end] = self.length(node.args[0])
            return dataclasses.replace(node, args=tuple(args))
        if node.op == L.LEN:
            return self.length(node.args[0], node.location)
        return node

    def index_loop(self, node: ir.ForEach) -> ir.Stmt:
        self.loops += 1
        taken = {n.id for n in ir.walk(self.function) if isinstance(n, ir.Name)}
        index = "i" if self.loops == 1 and "i" not in taken else f"idx{self.loops}"
        index_name = ir.Name(index, type=t.INT)
        element = ir.VarDecl(
            node.name, node.var_type, ir.Index(node.iterable, index_name, type=node.var_type)
        )
        body = ir.Block((element, *(node.body.body if isinstance(node.body, ir.Block) else (node.body,))))
        return ir.For(
            (ir.VarDecl(index, t.INT, ir.IntLiteral(0, type=t.INT)),),
            ir.Binary(B.LT, index_name, self.length(node.iterable), type=t.BOOL),
            (ir.IncDec(index_name, 1, False, type=t.INT),),
            body,
            location=node.location,
        )


def with_length_parameters(
    function: ir.Function, vectors: frozenset[str] = frozenset(), pinned: frozenset[str] = frozenset()
) -> ir.Function:
    """``function`` with its arrays' lengths read from their length parameters (not for
    ``vectors``, arrays a pinned declaration gives as ``vector``s: they know their length;
    ``pinned``: C arrays a declaration pins, whose length is the int after them)."""
    lengths = length_parameters(function, vectors, pinned)
    if not lengths:
        return function
    result = ir.transform(function, _LengthsRewrite(function, lengths))
    assert isinstance(result, ir.Function)
    return result


def with_strlen(function: ir.Function, name: str) -> ir.Function:
    """``name``'s length read as ``strlen(name)``: a C string's characters end at its ``'\\0'``."""

    def rewrite(node: ir.Node) -> ir.Node:
        if (
            isinstance(node, ir.LibraryCall)
            and node.op == L.LEN
            and isinstance(node.args[0], ir.Name)
            and node.args[0].id == name
        ):
            return ir.Call("strlen", (node.args[0],), type=t.INT, location=node.location)
        return node

    result = ir.transform(function, rewrite)
    assert isinstance(result, ir.Function)
    return result


def array_lengths(function: ir.Function, declarations: Mapping[str, Declaration]) -> ir.Function:
    """The pass: lengths from length parameters, and pinned C strings' lengths from ``strlen``."""
    vectors = frozenset(  # pinned as vectors: they know their length
        p.name
        for p in function.params
        if (s := cpp_spelling(function, p, declarations)) is not None and s.type.depth == 0
    ) | {name for node in ir.walk(function.body) if (name := null_compared(node)) is not None}
    # (compared with null: optional<vector>, cpp/nullable.py)
    c_arrays = frozenset(  # pinned as C arrays: the caller passes their length after them
        p.name
        for p in function.params
        if (s := cpp_spelling(function, p, declarations)) is not None and s.type.depth == 1
    )
    function = with_length_parameters(function, vectors, c_arrays)
    for param in function.params:
        spelled = cpp_spelling(function, param, declarations)
        if spelled is not None and spelled.type.depth == 1 and param.type == t.ArrayType(t.CHAR):
            function = with_strlen(function, param.name)
    return function
