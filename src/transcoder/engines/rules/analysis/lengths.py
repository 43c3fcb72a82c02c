"""The GfG length convention, in one place: in ``f(int arr[], int n)`` the int after an array is its length.

Targets whose arrays do not know their length (C++ ``int arr[]``) read ``arr.length`` as ``n``;
``length_parameters`` decides which parameter gives which array's length, ``reads_length``
whether a function needs an array's length at all.
"""

from __future__ import annotations

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.analysis.names import assigned_names

L = ir.LibOp


def not_lengths(function: ir.Function) -> set[str]:
    """Int parameters that cannot be an array's length: used bare as an index (``arr[i]``: a
    length is one past the last index), or given another value by a recursive call."""
    names = {p.name for p in function.params if isinstance(p.type, t.IntType)}
    found: set[str] = set()
    for node in ir.walk(function.body):
        if isinstance(node, ir.Index) and isinstance(node.index, ir.Name) and node.index.id in names:
            found.add(node.index.id)
        elif isinstance(node, ir.Call) and node.function == function.name:
            for param, arg in zip(function.params, node.args, strict=False):
                if param.name in names and not (isinstance(arg, ir.Name) and arg.id == param.name):
                    found.add(param.name)
    return found


def length_parameters(function: ir.Function, vectors: frozenset[str] = frozenset()) -> dict[str, str]:
    """Array parameter -> the int parameter that gives its length.

    Arrays are paired, in order, with the int parameters that follow them and that the function
    never assigns and that can be lengths (``not_lengths``): in ``(a[], b[], m, n)`` a has length
    m and b length n; arrays left over share the last length found (``(arr[], dep[], n)``).
    One-dimensional arrays only, and not ``vectors`` (arrays the target passes as objects that
    know their length, such as a pinned C++ ``vector``).
    """
    assigned = assigned_names(function.body) | not_lengths(function)
    lengths: dict[str, str] = {}
    waiting: list[str] = []  # arrays still looking for their length, in order
    for param in function.params:
        if (
            isinstance(param.type, t.ArrayType)
            and not isinstance(param.type.element, t.ArrayType)
            and param.name not in vectors
        ):
            waiting.append(param.name)
        elif waiting and isinstance(param.type, t.IntType) and param.name not in assigned:
            lengths[waiting.pop(0)] = param.name
    if waiting and lengths:
        shared = list(lengths.values())[-1]
        for name in waiting:
            lengths[name] = shared
    return lengths


def reads_length(function: ir.Function, name: str) -> bool:
    """Whether ``function`` needs the length of its array parameter ``name``: reads it, asks whether
    it is empty, iterates it whole, or runs a library operation to its end (explicit bounds need no
    length)."""
    for node in ir.walk(function.body):
        if (
            isinstance(node, ir.LibraryCall)
            and node.args
            and isinstance(node.args[0], ir.Name)
            and node.args[0].id == name
        ):
            if node.op in (L.LEN, L.EMPTY):
                return True
            if node.op in ir.RANGE_END and node.args[ir.RANGE_END[node.op]] is None:
                return True
        elif isinstance(node, ir.ForEach) and isinstance(node.iterable, ir.Name) and node.iterable.id == name:
            return True
    return False
