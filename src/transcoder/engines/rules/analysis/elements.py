"""Local arrays and lists whose elements the range analysis can follow (issue 12).

An array (or list, or a table of them) declared once in the function, from a fresh allocation
(``new int[n]``, ``vector<long long>(n, 0)``, ``{1, 2, 3}``), and only ever indexed down to its
integer elements (read, stored, incremented), sized, sorted, reversed, filled or appended to,
never aliased (``b = a``), handed to a call, iterated over or read inside a lambda: every value
any of its elements ever holds is its initial fill or a value stored through one of those uses.
The range analysis follows that set as one interval (``element_key(name)``, a pseudo-variable of
its state, joined at every store: a weak update), so a DP table built from ``% MOD`` of its own
cells has elements in ``0..MOD - 1`` and its sums need no wrap-around.
"""

from __future__ import annotations

from dataclasses import dataclass

from transcoder.engines.rules import ir, irtools
from transcoder.engines.rules import types as t

L = ir.LibOp

_SIZES = (L.LEN, L.STR_LEN, L.COUNT_OF)  # read the length only (of the array, or of a row)
_PERMUTING = (L.SORT, L.SORT_DESC, L.REVERSE)  # the same elements, in another order
STORING = (L.FILL, L.LIST_APPEND, L.PUSH)  # (array, value, ...): ``value`` stored into elements


@dataclass(frozen=True, slots=True)
class Elements:
    """A followed array: how many indexings reach its elements, and their type."""

    depth: int
    element: t.Type


def element_key(name: str) -> str:
    """The state's name for the elements of ``name`` (no identifier contains ``[``)."""
    return name + "[]"


def _depth(type_: t.Type) -> tuple[int, t.Type]:
    depth = 0
    while isinstance(type_, (t.ArrayType, t.ListType)):
        type_, depth = type_.element, depth + 1
    return depth, type_


def _fresh(init: ir.Expr | None, depth: int) -> bool:
    """``init`` makes a new array whose every element is a fill value or a literal element."""
    if isinstance(init, ir.NewArray):
        return len(init.dims) == depth
    if isinstance(init, ir.NewContainer):
        if init.source is not None or init.size is None:
            return init.source is None and init.size is None and depth == 1
        return depth == 1 or _fresh(init.fill, depth - 1)
    if isinstance(init, ir.ArrayLiteral):
        return all(_fresh(e, depth - 1) for e in init.elements) if depth > 1 else True
    return False


def followed_arrays(function: ir.Function, escaping: frozenset[str]) -> dict[str, Elements]:
    """The arrays of ``function`` whose elements the range analysis follows (module docstring)."""
    found: dict[str, Elements] = {}
    seen: set[str] = {p.name for p in function.params} | set(escaping)
    for node in irtools.nodes(function.body):
        name = node.name if isinstance(node, (ir.VarDecl, ir.ForEach)) else None
        if name is None:
            continue
        if name in seen:
            found.pop(name, None)  # redeclared or shadowed: not followed
            continue
        seen.add(name)
        if isinstance(node, ir.VarDecl) and isinstance(node.type, (t.ArrayType, t.ListType)):
            depth, element = _depth(node.type)
            if isinstance(element, (t.IntType, t.CharType)) and _fresh(node.init, depth):
                found[name] = Elements(depth, element)
    if found:
        _drop_escaping(function, found)
    return found


def _drop_escaping(function: ir.Function, found: dict[str, Elements]) -> None:
    """Removes from ``found`` every array with a use other than those the analysis follows."""
    allowed: set[int] = set()  # ids of the Name nodes whose use is accounted for
    for node in irtools.nodes(function.body):
        chain = node  # an indexing that reaches the elements accounts for its array's name
        levels = 0
        while isinstance(chain, ir.Index):
            chain, levels = chain.base, levels + 1
        if levels and isinstance(chain, ir.Name) and chain.id in found and levels == found[chain.id].depth:
            allowed.add(id(chain))
        if isinstance(node, ir.LibraryCall) and node.args:
            first = node.args[0]
            root = first
            levels = 0
            while isinstance(root, ir.Index):
                root, levels = root.base, levels + 1
            if not (isinstance(root, ir.Name) and root.id in found):
                continue
            whole = levels == 0 and found[root.id].depth == 1
            if node.op in _SIZES or (whole and node.op in (*_PERMUTING, *STORING)):
                allowed.add(id(root))
    for node in irtools.nodes(function.body):
        if isinstance(node, ir.Name) and node.id in found and id(node) not in allowed:
            del found[node.id]
        elif isinstance(node, ir.LibraryCall) and node.op == L.SWAP:
            _swapped(node, found)
        elif isinstance(node, ir.Call):
            for arg in node.args:  # an element handed to a reference parameter (C++ int&)
                root = arg
                while isinstance(root, ir.Index):
                    root = root.base
                if root is not arg and isinstance(root, ir.Name):
                    found.pop(root.id, None)


def _swapped(node: ir.LibraryCall, found: dict[str, Elements]) -> None:
    """``swap(a[i], a[j])`` permutes ``a``; a swap with anything else stores unseen values."""
    roots = set()
    for arg in node.args:
        root = arg
        while isinstance(root, ir.Index):
            root = root.base
        roots.add(root.id if isinstance(root, ir.Name) and root is not arg else None)
    if len(roots) > 1 or None in roots:
        for name in roots:
            if name is not None:
                found.pop(name, None)
