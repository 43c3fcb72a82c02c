"""The GfG length convention, only where an interface states it.

In ``f(int arr[], int n)`` the benchmark passes the array's length as the int that follows it. No
body proves what its callers pass (``f({1, 2, 3}, 0)`` is a call like any other), so the engine
takes an int for an array's length only where a signature pinned by the caller (``--signature``,
``--signature-from-tests``) gives the array as a C array: its callers pass no length otherwise.
Every other array whose length is read stays an object that knows it (C++ ``vector<T>``).
``used_only_as_length`` tells whether the body uses an int as nothing but that length (the Python
front end asks it of pinned arrays); ``reads_length`` says whether a function needs an array's
length at all.
"""

from __future__ import annotations

from transcoder.engines.rules import ir, irtools
from transcoder.engines.rules import types as t
from transcoder.engines.rules.analysis.names import assigned_names

L = ir.LibOp
B = ir.BinaryOp
_ARITHMETIC = frozenset({B.ADD, B.SUB, B.MUL, B.TRUNC_DIV, B.FLOOR_DIV, B.DIV, B.SHR, B.USHR})


def not_lengths(function: ir.Function) -> set[str]:
    """Int parameters that cannot be an array's length: used bare as an index (``arr[i]``: a
    length is one past the last index), or given another value by a recursive call."""
    names = {p.name for p in function.params if isinstance(p.type, t.IntType)}
    found: set[str] = set()
    for node in irtools.nodes(function.body):
        if isinstance(node, ir.Index) and isinstance(node.index, ir.Name) and node.index.id in names:
            found.add(node.index.id)
        elif isinstance(node, ir.Call) and node.function == function.name:
            for param, arg in zip(function.params, node.args, strict=False):
                if param.name in names and not (isinstance(arg, ir.Name) and arg.id == param.name):
                    found.add(param.name)
    return found


def length_parameters(
    function: ir.Function, vectors: frozenset[str] = frozenset(), pinned: frozenset[str] = frozenset()
) -> dict[str, str]:
    """Array parameter -> the int parameter that gives its length.

    Only arrays in ``pinned`` (C arrays a signature pins: their callers pass no length otherwise)
    are paired, in order, with the int parameters that follow them (never assigned, not
    ``not_lengths``): in ``(a[], b[], m, n)`` a has length m and b length n; arrays left over share
    the last length found (``(arr[], dep[], n)``). One-dimensional arrays only, and not
    ``vectors`` (arrays the target passes as objects that know their length).
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
        elif waiting and isinstance(param.type, t.IntType) and param.name not in assigned and waiting[0] in pinned:
            lengths[waiting.pop(0)] = param.name  # the arrays still waiting may all share this length
    if waiting and lengths:
        shared = list(lengths.values())[-1]
        for name in waiting:
            if name in pinned:
                lengths[name] = shared
    return lengths


def _index_names(function: ir.Function, arrays: set[str]) -> set[str]:
    """Names that hold positions of ``arrays``: read inside their indexes, and what flows into them."""
    found = {
        name.id
        for node in irtools.nodes(function.body)
        if isinstance(node, ir.Index) and isinstance(node.base, ir.Name) and node.base.id in arrays
        for name in ir.walk(node.index)
        if isinstance(name, ir.Name)
    }
    definitions: list[tuple[str, ir.Expr]] = []
    for node in irtools.nodes(function.body):
        if isinstance(node, ir.VarDecl) and node.init is not None:
            definitions.append((node.name, node.init))
        elif isinstance(node, ir.AssignExpr) and isinstance(node.target, ir.Name):
            definitions.append((node.target.id, node.value))
    changed = True
    while changed:
        changed = False
        for name, value in definitions:
            if name in found:
                new = {n.id for n in ir.walk(value) if isinstance(n, ir.Name)} - found
                if new:
                    found |= new
                    changed = True
    return found


def _position_like(expr: ir.Expr, positions: set[str]) -> bool:
    """Arithmetic of positions and constants (``i``, ``j + 1``, ``2``), nothing else."""
    if isinstance(expr, ir.IntLiteral):
        return True
    if isinstance(expr, ir.Name):
        return expr.id in positions
    if isinstance(expr, (ir.Cast, ir.Wrap)):
        return _position_like(expr.operand, positions)
    if isinstance(expr, ir.Binary) and expr.op in _ARITHMETIC:
        return _position_like(expr.left, positions) and _position_like(expr.right, positions)
    return isinstance(expr, ir.LibraryCall) and expr.op in (L.LEN, L.STR_LEN)


def used_only_as_length(function: ir.Function, name: str, arrays: set[str]) -> bool:
    """Whether every use of the int ``name`` is one a length of ``arrays`` has (module docstring)."""
    positions = _index_names(function, arrays)
    uses = _uses(function.body, name)
    return all(_length_use(path, name, arrays, positions, function) for path in uses)


def _uses(root: ir.Node, name: str) -> list[list[ir.Node]]:
    """The path from ``root`` to each occurrence of ``name`` (root first)."""
    found: list[list[ir.Node]] = []
    stack: list[tuple[ir.Node, list[ir.Node]]] = [(root, [])]
    while stack:
        node, path = stack.pop()
        here = [*path, node]
        if isinstance(node, ir.Name) and node.id == name:
            found.append(here)
            continue
        stack.extend((child, here) for child in ir.children(node))
    return found


def _length_use(path: list[ir.Node], name: str, arrays: set[str], positions: set[str], function: ir.Function) -> bool:  # fmt: skip
    """Whether the occurrence at the end of ``path`` uses ``name`` as a length of ``arrays``."""
    child: ir.Node = path[-1]
    for parent in reversed(path[:-1]):
        if (isinstance(parent, ir.Binary) and parent.op in _ARITHMETIC) or isinstance(
            parent, ir.Cast | ir.Wrap
        ):
            child = parent
            continue
        if isinstance(parent, ir.Index):
            in_array = isinstance(parent.base, ir.Name) and parent.base.id in arrays
            return in_array and child is parent.index and child is not path[-1]
        if isinstance(parent, ir.Binary) and parent.op in ir.COMPARISONS:
            other = parent.right if child is parent.left else parent.left
            return _position_like(other, positions)
        if isinstance(parent, ir.VarDecl):
            return parent.name in positions
        if isinstance(parent, (ir.NewArray, ir.NewContainer)):
            return True  # the size of a new array: a length too
        if isinstance(parent, ir.AssignExpr):
            return (
                child is parent.value and isinstance(parent.target, ir.Name) and parent.target.id in positions
            )
        if isinstance(parent, ir.LibraryCall):
            end = ir.RANGE_END.get(parent.op)
            first = parent.args[0] if parent.args else None
            on_array = isinstance(first, ir.Name) and first.id in arrays
            return on_array and end is not None and any(child is arg for arg in parent.args[1 : end + 1])
        if isinstance(parent, ir.Call):
            position = next((i for i, arg in enumerate(parent.args) if arg is child), None)
            same = position is not None and position < len(function.params)
            return parent.function == function.name and same and function.params[position].name == name  # type: ignore[index]
        return False
    return False


def reads_length(function: ir.Function, name: str) -> bool:
    """Whether ``function`` needs the length of its array parameter ``name``: reads it, asks whether
    it is empty, iterates it whole, copies a range of it (Java's copyOfRange pads with zeros past its
    end), or runs a library operation to its end (other explicit bounds need no length)."""
    for node in irtools.nodes(function.body):
        if (
            isinstance(node, ir.LibraryCall)
            and node.args
            and isinstance(node.args[0], ir.Name)
            and node.args[0].id == name
        ):
            if node.op in (L.LEN, L.EMPTY, L.COPY_RANGE):  # a copied range pads with zeros past the end
                return True
            if node.op in ir.RANGE_END and node.args[ir.RANGE_END[node.op]] is None:
                return True
        elif isinstance(node, ir.ForEach) and isinstance(node.iterable, ir.Name) and node.iterable.id == name:
            return True
    return False


def length_needs(module: ir.Module) -> dict[str, frozenset[str]]:
    """Function -> its array parameters whose length it needs: ``reads_length``, or it passes the
    array on unchanged to a parameter of a function of ``module`` that needs it (a fixpoint: a C
    array cannot become the vector its callee takes)."""
    functions = {f.name: f for f in module.functions}
    needs = {f.name: {p.name for p in f.params if reads_length(f, p.name)} for f in module.functions}
    calls = {
        f.name: [n for n in irtools.nodes(f.body) if isinstance(n, ir.Call) and n.function in functions]
        for f in module.functions
    }
    changed = True
    while changed:
        changed = False
        for function in module.functions:
            arrays = {p.name for p in function.params if isinstance(p.type, t.ArrayType)}
            for call in calls[function.name]:
                callee = functions[call.function]
                for arg, param in zip(call.args, callee.params, strict=False):
                    passed = arg.id if isinstance(arg, ir.Name) and arg.id in arrays else None
                    if passed and passed not in needs[function.name] and param.name in needs[callee.name]:
                        needs[function.name].add(passed)
                        changed = True
    return {name: frozenset(found) for name, found in needs.items()}
