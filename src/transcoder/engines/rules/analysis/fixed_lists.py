"""Lists that behave as arrays: created with a size, then only indexed (``vector<int> v(n)``)."""

from __future__ import annotations

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t

L = ir.LibOp


def _is_zero(expr: ir.Expr | None) -> bool:
    if expr is None:
        return True
    if isinstance(expr, (ir.IntLiteral, ir.FloatLiteral)):
        return expr.value == 0
    return isinstance(expr, ir.BoolLiteral) and expr.value is False


def _fixed_dims(init: ir.Expr | None) -> tuple[ir.Expr, ...] | None:
    """Dimensions of ``vector<T> v(n)`` / ``vector<vector<T>> v(n, vector<T>(m))`` with zero
    elements of a scalar type, or None for any other initialiser."""
    if not (isinstance(init, ir.NewContainer) and isinstance(init.type, t.ListType)):
        return None
    if init.size is None or init.source is not None or init.comparator is not None:
        return None
    element = init.type.element
    if isinstance(element, (t.IntType, t.FloatType, t.BoolType, t.CharType)):
        return (init.size,) if _is_zero(init.fill) or _is_constant(init.fill) else None
    inner = _fixed_dims(init.fill)
    return (init.size, *inner) if inner is not None and len(inner) == 1 else None


def _is_constant(expr: ir.Expr | None) -> bool:
    """A fill value that is the same wherever it is evaluated (literals, limits, arithmetic on them)."""
    if expr is None:
        return False
    return all(
        isinstance(
            node, ir.IntLiteral | ir.FloatLiteral | ir.BoolLiteral | ir.CharLiteral | ir.Unary | ir.Cast
        )
        or (isinstance(node, ir.Binary) and node.op not in (ir.BinaryOp.AND, ir.BinaryOp.OR))
        or (isinstance(node, ir.LibraryCall) and node.op in (L.INT_MAX, L.INT_MIN, L.FLOAT_MAX))
        for node in ir.walk(expr)
    )


def fixed_fill(init: ir.Expr | None) -> ir.Expr | None:
    """The value of every scalar element of a ``_fixed_dims`` initialiser, None for zero."""
    while isinstance(init, ir.NewContainer) and isinstance(init.fill, ir.NewContainer):
        init = init.fill
    fill = init.fill if isinstance(init, ir.NewContainer) else None
    return None if _is_zero(fill) else fill


def _indexed(node: ir.Node | None) -> tuple[int, ir.Node | None]:
    """How many indexings ``node`` is (``a[i][j]``: 2) and what they index."""
    depth = 0
    while isinstance(node, ir.Index):
        node, depth = node.base, depth + 1
    return depth, node


def fixed_size_lists(function: ir.Function) -> dict[str, tuple[ir.Expr, ...]]:
    """Local lists that are created with a size and zero elements and then only indexed (read,
    element stores, lengths, for-each over a 1-D one): they behave as arrays, and a target where
    arrays are the idiom (Java) can print them so. Any other use (append, return, passing the
    list or a row of it anywhere, a second declaration) keeps the list."""
    params = {p.name for p in function.params}
    found: dict[str, tuple[ir.Expr, ...]] = {}
    declared: dict[str, int] = {}
    for node in ir.walk(function.body):
        if isinstance(node, ir.VarDecl):
            declared[node.name] = declared.get(node.name, 0) + 1
            dims = _fixed_dims(node.init) if isinstance(node.type, t.ListType) else None
            if dims is not None and node.name not in params:
                found[node.name] = dims
    found = {name: dims for name, dims in found.items() if declared[name] == 1}
    if not found:
        return found
    allowed: set[int] = set()
    for node in ir.walk(function.body):
        depth, base = _indexed(node)
        if depth and isinstance(base, ir.Name) and base.id in found and depth == len(found[base.id]):
            allowed.add(id(base))
        if isinstance(node, ir.LibraryCall) and node.op == L.LEN and node.args:
            depth, base = _indexed(node.args[0])
            if isinstance(base, ir.Name) and base.id in found and depth < len(found[base.id]):
                allowed.add(id(base))
        iterable = node.iterable if isinstance(node, ir.ForEach) else None
        if isinstance(iterable, ir.Name) and len(found.get(iterable.id, ())) == 1:
            allowed.add(id(iterable))
    for node in ir.walk(function.body):
        if isinstance(node, ir.Name) and node.id in found and id(node) not in allowed:
            found.pop(node.id)
    return found
