"""Copies on insertion: a C++ container stores a copy of each container put into it.

``grid.push_back(row); row.push_back(7); grid.push_back(row);`` leaves ``grid`` holding two
different rows in C++; a Java ``List`` or a Python ``list`` would hold the same object twice, so
the second change would show in the first row too. Where the inserted container can still be
changed or read after the insertion (a variable used later, an element of another container),
the copy is made explicit (``NewContainer(source=...)``: Java ``new ArrayList<>(row)``, Python
``list(row)``); a variable the insertion is the last use of (``vector<int> row`` filled and pushed
in each iteration of a loop) is handed over as it is.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence

from transcoder.engines.rules import ir, irtools
from transcoder.engines.rules import types as t

L = ir.LibOp
_INSERTIONS = {L.LIST_APPEND: 1, L.LIST_INSERT: 2, L.PUSH: 1, L.PUSH_FRONT: 1, L.SET_ADD: 1, L.MAP_PUT: 2}
_COPIED = (t.ListType, t.MapType, t.SetType, t.StackType, t.QueueType, t.DequeType, t.PriorityQueueType)


def copies_on_insertion(module: ir.Module) -> ir.Module:
    """``module`` with the copies C++ makes when it puts a container into another made explicit."""
    functions = tuple(_function(f) for f in module.functions)
    if all(new is old for new, old in zip(functions, module.functions, strict=True)):
        return module
    return dataclasses.replace(module, functions=functions)


def _function(function: ir.Function) -> ir.Function:
    if not any(_inserts_container(node) for node in irtools.nodes(function.body)):
        return function  # nothing to copy: most functions, spared the analysis of later uses
    later = _later_uses(function)

    def rewrite(node: ir.Node) -> ir.Node:
        if isinstance(node, ir.LibraryCall) and node.op in _INSERTIONS:
            position = _INSERTIONS[node.op]
            value = node.args[position] if position < len(node.args) else None
            if value is not None and _needs_copy(value, node, later):
                args = list(node.args)
                args[position] = ir.NewContainer(source=value, type=value.type, location=value.location)
                return dataclasses.replace(node, args=tuple(args))
        return node

    result = ir.transform(function, rewrite)
    assert isinstance(result, ir.Function)
    return result


def _inserts_container(node: ir.Node) -> bool:
    """An insertion of a container (which ``_needs_copy`` may copy)."""
    if not (isinstance(node, ir.LibraryCall) and node.op in _INSERTIONS):
        return False
    position = _INSERTIONS[node.op]
    value = node.args[position] if position < len(node.args) else None
    return value is not None and isinstance(value.type, _COPIED)


def _needs_copy(value: ir.Expr, call: ir.LibraryCall, later: dict[int, bool]) -> bool:
    if not isinstance(value.type, _COPIED):
        return False
    if isinstance(value, ir.Name):
        return later.get(id(value), True)
    if isinstance(value, ir.Index):
        return True  # an element stays in its own container
    return isinstance(value, ir.LibraryCall) and value.op in (L.LIST_BACK, L.LIST_FRONT, L.PEEK, L.MAP_GET)


def _later_uses(function: ir.Function) -> dict[int, bool]:
    """For each Name node: whether its variable is used again after the statement that holds it
    (later in its block or in a block around it, or anywhere in a loop that encloses the use but
    not the declaration: the next iteration)."""
    found: dict[int, bool] = {}
    counts: dict[int, Counter[str]] = {}  # id(loop) -> how many times each name occurs in it

    def uses_count(loop: ir.Stmt, name: str) -> int:
        if id(loop) not in counts:
            counts[id(loop)] = Counter(n.id for n in ir.walk(loop) if isinstance(n, ir.Name))
        return counts[id(loop)][name]

    def visit(block: ir.Block, loops: list[ir.Stmt], after: set[str]) -> None:
        names_here = {s.name for s in block.body if isinstance(s, ir.VarDecl)}
        suffixes = _suffix_names(block.body)
        for position, stmt in enumerate(block.body):
            later = after | suffixes[position]
            for node in ir.walk(stmt):
                if isinstance(node, ir.Name):
                    outer = node.id not in names_here or not _declared_before(block, position, node.id)
                    in_loop = bool(loops) and outer and any(uses_count(loop, node.id) > 1 for loop in loops)
                    found[id(node)] = found.get(id(node), False) or node.id in later or in_loop
            for inner, inner_loops in _blocks(stmt, loops):
                visit(inner, inner_loops, later)

    visit(function.body, [], set())
    return found


def _suffix_names(body: Sequence[ir.Stmt]) -> list[set[str]]:
    """For each position of ``body``: the names used in the statements after it."""
    suffixes: list[set[str]] = [set() for _ in body]
    running: set[str] = set()
    for position in range(len(body) - 1, -1, -1):
        suffixes[position] = set(running)
        running |= {n.id for n in ir.walk(body[position]) if isinstance(n, ir.Name)}
    return suffixes


def _declared_before(block: ir.Block, position: int, name: str) -> bool:
    return any(isinstance(s, ir.VarDecl) and s.name == name for s in block.body[:position])


def _blocks(stmt: ir.Stmt, loops: list[ir.Stmt]) -> list[tuple[ir.Block, list[ir.Stmt]]]:
    """The blocks directly inside ``stmt``, with the loops around each."""
    found: list[tuple[ir.Block, list[ir.Stmt]]] = []
    inner_loops = [*loops, stmt] if isinstance(stmt, ir.While | ir.DoWhile | ir.For | ir.ForEach) else loops
    for child in ir.children(stmt):
        if isinstance(child, ir.Block):
            found.append((child, inner_loops))
        elif isinstance(child, ir.Stmt):
            found.extend(_blocks(child, inner_loops))
        elif isinstance(child, ir.SwitchCase):
            found.append((ir.Block(child.body), inner_loops))
    return found

