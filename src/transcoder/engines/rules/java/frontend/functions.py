"""Java function values: variables of a ``java.util.function`` interface holding a lambda
(``IntBinaryOperator add = (a, b) -> a + b;``) and the calls of their method (``add.applyAsInt(x,
1)``: ``ir.Invoke``). Java lambdas capture only variables that never change, so any target's
closure sees the same values."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

import tree_sitter

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.languages.common import node_text, required

if TYPE_CHECKING:
    from transcoder.engines.rules.java.frontend import JavaFrontEnd

_PRIMITIVE = {"Int": t.INT, "Long": t.LONG, "Double": t.DOUBLE}
# interfaces without type arguments: (parameters, result) by name
_PLAIN: dict[str, tuple[tuple[t.Type, ...], t.Type]] = {"Runnable": ((), t.VOID)}
for _word, _type in _PRIMITIVE.items():
    _PLAIN[f"{_word}UnaryOperator"] = ((_type,), _type)
    _PLAIN[f"{_word}BinaryOperator"] = ((_type, _type), _type)
    _PLAIN[f"{_word}Predicate"] = ((_type,), t.BOOL)
_METHODS = frozenset({"compare", "apply", "applyAsInt", "applyAsLong", "applyAsDouble", "test", "accept", "get", "run"})


def functional_type(f: JavaFrontEnd, node: tree_sitter.Node) -> t.Type | None:
    """The ``FunctionType`` a ``java.util.function`` interface stands for, or None for another type."""
    text = re.sub(r"\s+", "", node_text(node)).removeprefix("java.util.function.")
    if text in _PLAIN:
        parameters, result = _PLAIN[text]
        return t.FunctionType(parameters, result)
    if node.type != "generic_type" or "<" not in text:
        return None
    base = text[: text.index("<")]
    arguments_node = next((c for c in node.named_children if c.type == "type_arguments"), None)
    if arguments_node is None or base not in _GENERIC:
        return None
    count, build = _GENERIC[base]
    arguments = [f.type_of(a, node) for a in arguments_node.named_children]
    return build(arguments) if len(arguments) == count else None


def _ft(parameters: tuple[t.Type, ...], result: t.Type) -> t.FunctionType:
    return t.FunctionType(parameters, result)


# interfaces with type arguments: how many, and the function type they make
_GENERIC: dict[str, tuple[int, Callable[[list[t.Type]], t.FunctionType]]] = {
    "Function": (2, lambda a: _ft((a[0],), a[1])),
    "BiFunction": (3, lambda a: _ft((a[0], a[1]), a[2])),
    "Supplier": (1, lambda a: _ft((), a[0])),
    "Predicate": (1, lambda a: _ft((a[0],), t.BOOL)),
    "BiPredicate": (2, lambda a: _ft((a[0], a[1]), t.BOOL)),
    "Consumer": (1, lambda a: _ft((a[0],), t.VOID)),
    "BiConsumer": (2, lambda a: _ft((a[0], a[1]), t.VOID)),
    "UnaryOperator": (1, lambda a: _ft((a[0],), a[0])),
    "BinaryOperator": (1, lambda a: _ft((a[0], a[0]), a[0])),
    "Comparator": (1, lambda a: _ft((a[0], a[0]), t.INT)),  # compare(a, b): comparators.py
    "IntFunction": (1, lambda a: _ft((t.INT,), a[0])),
    "ToIntFunction": (1, lambda a: _ft((a[0],), t.INT)),
    "ToLongFunction": (1, lambda a: _ft((a[0],), t.LONG)),
    "ToDoubleFunction": (1, lambda a: _ft((a[0],), t.DOUBLE)),
    "ToIntBiFunction": (2, lambda a: _ft((a[0], a[1]), t.INT)),
}


def lambda_value(f: JavaFrontEnd, node: tree_sitter.Node, function: t.FunctionType) -> ir.Expr:
    """A lambda where a function value of ``function``'s type is expected."""
    parameters_node = required(node, "parameters")
    if parameters_node.type == "identifier":
        names = [node_text(parameters_node)]
    else:
        names = [node_text(p.child_by_field_name("name") or p) for p in parameters_node.named_children]
    if len(names) != len(function.parameters):
        raise f.unsupported(node, "lambda with another number of parameters than its type")
    params = tuple(
        ir.Param(n, p, location=f.location(node)) for n, p in zip(names, function.parameters, strict=True)
    )
    f.scopes.push()
    for param in params:
        f.scopes.declare(param.name, param.type)
    body_node = required(node, "body")
    saved = f.return_type
    f.return_type = function.result
    try:
        if body_node.type == "block":
            body: ir.Expr | ir.Block = f.block(body_node)
        else:
            value = f.expression(body_node)
            body = f.coerce(value, function.result) if function.result != t.VOID else value
    finally:
        f.return_type = saved
        f.scopes.pop()
    if isinstance(body, ir.Expr) and function.result == t.VOID:
        body = ir.Block((ir.ExprStmt(body, location=body.location),))
    return ir.Lambda(params, body, type=function, location=f.location(node))


def invoke(f: JavaFrontEnd, site: object) -> ir.Expr | None:
    """``f.apply(x)`` (any of the interfaces' methods) on a function value: ``ir.Invoke``."""
    from transcoder.engines.rules.java.library import Site

    assert isinstance(site, Site) and site.receiver is not None
    function = site.receiver.type
    if site.name not in _METHODS or not isinstance(function, t.FunctionType):
        return None
    if len(site.args) != len(function.parameters):
        return None
    args = tuple(f.coerce(a, p) for a, p in zip(site.args, function.parameters, strict=True))
    return ir.Invoke(site.receiver, args, type=function.result, location=f.location(site.node))
