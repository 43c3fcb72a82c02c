"""How Java spells function values (``cfamily/functions.py``): a ``java.util.function`` interface
chosen by the lambda's types (``IntUnaryOperator`` for int -> int, ``BiFunction<A, B, R>``
otherwise) and the call of its method (``f.applyAsInt(x)``, ``f.apply(a, b)``). Java lambdas
capture only variables that never change: a lambda reading one the function assigns is refused."""

from __future__ import annotations

from typing import TYPE_CHECKING

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t

if TYPE_CHECKING:
    from transcoder.engines.rules.java.backend import JavaBackend

_PRIMITIVE = {t.INT: "Int", t.LONG: "Long", t.DOUBLE: "Double"}


def interface(b: JavaBackend, function: t.FunctionType) -> tuple[str, str]:
    """The interface type of ``function`` and the name of its method."""
    params, result = function.parameters, function.result
    primitive = _PRIMITIVE.get(result)
    if primitive and params and all(p == result for p in params) and len(params) <= 2:
        kind = "UnaryOperator" if len(params) == 1 else "BinaryOperator"
        return f"{primitive}{kind}", f"applyAs{primitive}"
    boxed = [b.type_name(p, True) for p in params]
    if isinstance(result, t.VoidType):
        names = {0: "Runnable", 1: "Consumer", 2: "BiConsumer"}
        return _generic(names, boxed, params, function), "run" if not params else "accept"
    if isinstance(result, t.BoolType):
        if len(params) == 1 and params[0] in _PRIMITIVE:
            return f"{_PRIMITIVE[params[0]]}Predicate", "test"
        return _generic({1: "Predicate", 2: "BiPredicate"}, boxed, params, function), "test"
    boxed.append(b.type_name(result, True))
    if not params:
        return f"Supplier<{boxed[0]}>", "get"
    return _generic({1: "Function", 2: "BiFunction"}, boxed, params, function), "apply"


def _generic(
    names: dict[int, str], boxed: list[str], params: tuple[t.Type, ...], function: t.FunctionType
) -> str:
    name = names.get(len(params))
    if name is None:
        raise ValueError(f"no java.util.function interface for {function}")
    return f"{name}<{', '.join(boxed)}>" if boxed else name


def _captures_changing(b: JavaBackend, made: ir.Lambda) -> str | None:
    """A variable of the enclosing function the lambda reads and the function assigns, if any."""
    own = {p.name for p in made.params} | {n.name for n in ir.walk(made.body) if isinstance(n, ir.VarDecl)}
    read = {n.id for n in ir.walk(made.body) if isinstance(n, ir.Name)} - own
    assert b.current is not None
    assigned = {
        node.target.id
        for node in ir.walk(b.current.body)
        if isinstance(node, ir.AssignExpr | ir.IncDec) and isinstance(node.target, ir.Name)
    }
    changing = sorted((read & assigned) - b.global_names)
    return changing[0] if changing else None


def declare(b: JavaBackend, stmt: ir.VarDecl, made: ir.Lambda) -> None:
    assert isinstance(made.type, t.FunctionType)
    changing = _captures_changing(b, made)
    if changing is not None:
        raise b.unsupported(
            made, f"lambda reading '{changing}', which changes (Java captures only final variables)"
        )
    try:
        type_, _ = interface(b, made.type)
    except ValueError as error:
        raise b.unsupported(made, str(error)) from None
    names = b.parameter_names(made)
    name = b.declare(stmt.name)
    head = f"{type_} {name} = ({', '.join(names)}) ->"
    if not isinstance(made.body, ir.Block):
        b.emit(f"{head} {b.expr(made.body)};")
        return
    b.emit(f"{head} {{")
    b.lambda_body(made, "};")


def invoke(b: JavaBackend, expr: ir.Invoke) -> str:
    assert isinstance(expr.callee.type, t.FunctionType)
    _, method = interface(b, expr.callee.type)
    return f"{b.expr(expr.callee, 15)}.{method}({', '.join(b.expr(a) for a in expr.args)})"
