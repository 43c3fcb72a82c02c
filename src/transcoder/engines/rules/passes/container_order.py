"""Write the container orders the analysis found (``analysis.container_order``) into the IR types.

Every name, declaration, parameter, result and container created into a variable whose order is
observed gets ``Order.INSERTION`` or ``Order.JAVA_HASH`` on its set or map type, so that back ends
iterate it as the source does; ``m[k] += v`` on a Java hash-ordered map becomes ``MAP_MERGE``
(Java's ``merge`` puts a new key at the head of its bucket, unlike ``put``).
"""

from __future__ import annotations

import dataclasses
from typing import overload

from transcoder.engines.rules import ir, irtools
from transcoder.engines.rules import types as t
from transcoder.engines.rules.analysis.container_order import (
    ContainerOrders,
    Key,
    PlainOrder,
    java_plain_order,
    key_function,
    python_plain_order,
    unordered_container,
)

L = ir.LibOp


def _flagged(type_: t.Type, order: t.Order | None) -> t.Type:
    if order is None or not unordered_container(type_):
        return type_
    assert isinstance(type_, t.SetType | t.MapType)
    return dataclasses.replace(type_, order=order)


def _observed_order(type_: t.Type) -> t.Order | None:
    """The order a rewritten variable's type asks for (None: none)."""
    if isinstance(type_, t.SetType | t.MapType) and type_.order in (t.Order.INSERTION, t.Order.JAVA_HASH):
        return type_.order
    return None


@overload
def _created_in(value: ir.Expr, order: t.Order | None) -> ir.Expr: ...
@overload
def _created_in(value: ir.Expr | None, order: t.Order | None) -> ir.Expr | None: ...
def _created_in(value: ir.Expr | None, order: t.Order | None) -> ir.Expr | None:
    """A container created into a variable of ``order`` gets the same type."""
    if isinstance(value, ir.NewContainer):
        return dataclasses.replace(value, type=_flagged(value.type, order))
    return value


class _Rewrite:
    """The rewrite of one function (or of the globals) with the orders of ``orders``."""

    def __init__(self, orders: ContainerOrders, function: ir.Function | None) -> None:
        self.orders = orders
        self.functions = {f.name: f for f in orders.module.functions}
        self.key = key_function(function)
        self.name = function.name if function is not None else None

    def order_of(self, key: Key) -> t.Order | None:
        return self.orders.order_of(key)

    def __call__(self, node: ir.Node) -> ir.Node:
        if isinstance(node, ir.Name) and unordered_container(node.type):
            return dataclasses.replace(node, type=_flagged(node.type, self.order_of(self.key(node.id))))
        if isinstance(node, ir.VarDecl) and unordered_container(node.type):
            order = self.order_of(self.key(node.name))
            return dataclasses.replace(
                node, type=_flagged(node.type, order), init=_created_in(node.init, order)
            )
        if isinstance(node, ir.AssignExpr):
            return self.assignment(node)
        if isinstance(node, ir.Call) and node.function in self.functions:
            args = tuple(
                _created_in(arg, self.order_of((node.function, param.name)))
                for param, arg in zip(self.functions[node.function].params, node.args, strict=False)
            )
            type_ = _flagged(node.type, self.order_of((node.function, "#result")))
            return dataclasses.replace(node, type=type_, args=(*args, *node.args[len(args) :]))
        if isinstance(node, ir.Return) and self.name is not None:
            return dataclasses.replace(
                node, value=_created_in(node.value, self.order_of((self.name, "#result")))
            )
        return node

    def assignment(self, node: ir.AssignExpr) -> ir.Node:
        if (order := _observed_order(node.target.type)) is not None:
            return dataclasses.replace(node, type=node.target.type, value=_created_in(node.value, order))
        if (
            node.op == ir.BinaryOp.ADD
            and isinstance(node.target, ir.Index)
            and _observed_order(node.target.base.type) is t.Order.JAVA_HASH
        ):
            # Java's merge(k, v, Integer::sum) (the only source of `m[k] += v` in Java) puts a
            # new key at the head of its bucket, unlike put: the back ends' helpers say so
            target = node.target
            return ir.LibraryCall(
                L.MAP_MERGE, (target.base, target.index, node.value), type=t.VOID, location=node.location
            )
        return node


def _with_order(orders: ContainerOrders, function: ir.Function) -> ir.Function:
    body = ir.transform(function.body, _Rewrite(orders, function))
    params = tuple(
        dataclasses.replace(p, type=_flagged(p.type, orders.order_of((function.name, p.name))))
        for p in function.params
    )
    result = _flagged(function.return_type, orders.order_of((function.name, "#result")))
    return dataclasses.replace(function, body=body, params=params, return_type=result)  # type: ignore[arg-type]


def container_order(
    module: ir.Module,
    linked: frozenset[Key] = frozenset(),
    *,
    plain: PlainOrder = java_plain_order,
    language: str = "Java",
) -> ir.Module:
    """``module`` with an ``order`` on the hash containers whose iteration order the program
    observes (see ``analysis.container_order``)."""
    if not _names_a_container(module):
        return module  # no order can be observed: nothing is marked, the analysis finds nothing
    orders = ContainerOrders(module, linked, plain=plain, language=language)
    if not orders:
        return module
    globals_ = tuple(ir.transform(g, _Rewrite(orders, None)) for g in module.globals)
    return dataclasses.replace(
        module,
        globals=globals_,  # type: ignore[arg-type]
        functions=tuple(_with_order(orders, f) for f in module.functions),
    )


def _names_a_container(module: ir.Module) -> bool:
    """Whether a name of an unordered set or map appears where the analysis scans (functions'
    bodies, globals): only such a name observes an order (``ContainerOrders._marked``)."""
    groups = [irtools.nodes(f.body) for f in module.functions] + [irtools.nodes(g) for g in module.globals]
    return any(isinstance(n, ir.Name) and unordered_container(n.type) for nodes in groups for n in nodes)


def python_container_order(module: ir.Module) -> ir.Module:
    """Container order for a Python source: a dict iterates in insertion order."""
    return container_order(module, plain=python_plain_order, language="Python")
