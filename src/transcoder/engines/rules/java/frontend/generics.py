"""Java generic methods (``static <E> List<E> toList(Collection<E> c)``): each type parameter is a
``TypeVarType``; C++ prints the method as a function template, Python as the plain function (its
values are duck-typed).

A generic method is one function for every type argument, a C++ template one per type, and Java's
values of a type parameter are objects: the translation is exact only where the body does nothing
with such a value but move it. Allowed: assigning, passing, returning a value of a type parameter,
storing it in and reading it from lists (``add``, ``get``, ``size``, ``isEmpty``, iteration),
calling function values with it, sorting a list of them with a comparator (``list.sort(cmp)``: the
comparator orders them). Refused with their line and column: a bound (``<T extends
Comparable<T>>``), a type parameter no parameter's type names (C++ deduces from the arguments),
``==``/``!=`` on such values (identity in Java, values in C++ and Python) and every other operator,
casts, ``null``, methods of the values (``equals``, ``hashCode``: overridden per class), list
operations that compare elements (``contains``, ``remove(Object)``), and sets, maps and priority
queues of them (hashing and ordering differ)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import tree_sitter

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.errors import UnsupportedConstruct
from transcoder.languages.common import node_text

if TYPE_CHECKING:
    from transcoder.engines.rules.java.frontend import JavaFrontEnd

L = ir.LibOp
# list operations that only move or count values: the same for every type argument
_MOVING = frozenset(
    {L.LEN, L.EMPTY, L.CLEAR, L.LIST_APPEND, L.LIST_BACK, L.LIST_FRONT, L.LIST_POP_BACK, L.LIST_INSERT,
     L.LIST_REMOVE_AT, L.REVERSE, L.SWAP}
)  # fmt: skip
_KEYED = t.MapType | t.SetType | t.PriorityQueueType


def type_parameters(f: JavaFrontEnd, method: tree_sitter.Node) -> frozenset[str]:
    """The names of ``method``'s type parameters (none for a method that is not generic)."""
    node = method.child_by_field_name("type_parameters")
    if node is None:
        node = next((c for c in method.named_children if c.type == "type_parameters"), None)
    if node is None:
        return frozenset()
    names = []
    for parameter in node.named_children:
        if parameter.type != "type_parameter":
            continue
        if any(c.type == "type_bound" for c in parameter.named_children):
            raise f.unsupported(parameter, f"type parameter with a bound '{node_text(parameter)}'")
        name = next((c for c in parameter.named_children if c.type in ("type_identifier", "identifier")), None)
        if name is None:
            raise f.unsupported(parameter, "type parameter")
        names.append(node_text(name))
    return frozenset(names)


def _variables(type_: t.Type) -> bool:
    return bool(t.type_variables(type_))


def _refusal(node: ir.Node, fallback: ir.Node, what: str) -> UnsupportedConstruct:
    location = node.location if node.location is not None else fallback.location
    return UnsupportedConstruct(f"rules engine: unsupported Java construct: {what}", location)


def check_generic(f: JavaFrontEnd, function: ir.Function, names: frozenset[str]) -> None:
    """Refuse the first thing ``function`` does with a value of a type parameter other than move it."""
    mentioned = {n for p in function.params for n in t.type_variables(p.type)}
    for name in sorted(names - mentioned):
        raise _refusal(function, function, f"type parameter '{name}' that no parameter's type names")
    for typed in (*function.params, function):
        type_ = typed.type if isinstance(typed, ir.Param) else function.return_type
        if isinstance(type_, _KEYED) and _variables(type_):
            raise _refusal(typed, function, f"set, map or priority queue of a type parameter '{type_}'")
    for node in ir.walk(function.body):
        problem = _problem(node)
        if problem is not None:
            raise _refusal(node, function, problem)


def _problem(node: ir.Node) -> str | None:
    if isinstance(node, ir.VarDecl) and isinstance(node.type, _KEYED) and _variables(node.type):
        return f"set, map or priority queue of a type parameter '{node.type}'"
    if isinstance(node, ir.VarDecl) and _variables(node.type) and node.init is None:
        return f"'{node.name}' of a type parameter declared without a value"
    if isinstance(node, ir.NullLiteral):
        return "null in a generic method"
    if isinstance(node, ir.Binary) and (_variables(node.left.type) or _variables(node.right.type)):
        return f"operator {node.op.value} on a value of a type parameter"
    if isinstance(node, (ir.Unary, ir.IncDec)) and _variables(node.type):
        return "operator on a value of a type parameter"
    if isinstance(node, ir.Cast) and (_variables(node.type) or _variables(node.operand.type)):
        return "cast to or from a type parameter"
    if isinstance(node, ir.AssignExpr) and node.op is not None and _variables(node.type):
        return "compound assignment of a value of a type parameter"
    typed_call = isinstance(node, ir.LibraryCall) and (
        any(a is not None and _variables(a.type) for a in node.args) or _variables(node.type)
    )
    compared = isinstance(node, ir.LibraryCall) and node.op == L.SORT and node.args[3] is not None
    if isinstance(node, ir.LibraryCall) and typed_call and node.op not in _MOVING and not compared:
        return f"{node.op.value} on values of a type parameter"
    return None


def signature(f: JavaFrontEnd, method: tree_sitter.Node) -> tuple[tuple[t.Type, ...], t.Type] | None:
    """A generic method's parameter and result types (with its type variables), read before the
    bodies so that calls can bind them; None for a method that is not generic."""
    from transcoder.engines.rules.java.frontend.parameters import read_only_type

    names = type_parameters(f, method)
    if not names:
        return None
    f.type_parameters = names
    f.parameter_wildcards = []  # `?` in a parameter's type: a type parameter (wildcards.py)
    try:
        result = f.type_of(method.child_by_field_name("type"), method)
        params_node = method.child_by_field_name("parameters")
        params = tuple(
            read_only_type(f, p) or f.declared_type(p)
            for p in (params_node.named_children if params_node is not None else ())
            if p.type == "formal_parameter"
        )
    finally:
        f.type_parameters = frozenset()
        f.parameter_wildcards = None
    return params, result


def generic_call(
    f: JavaFrontEnd, node: tree_sitter.Node, name: str, args: tuple[ir.Expr, ...]
) -> ir.Expr:
    """A call of the generic method ``name``: its type variables bound from the arguments' types
    (as Java infers them and C++ deduces them), the arguments converted to the bound types."""
    from transcoder.engines.rules.cpp.frontend.templates import deduce_all, substitute

    params, result = f.generic_signatures[name]
    bound: dict[str, t.Type] = {}
    deduce_all(params, args, bound)
    unbound = [n for n in t.type_variables(result) + tuple(v for p in params for v in t.type_variables(p))
               if bound.get(n, t.UNKNOWN) == t.UNKNOWN]  # fmt: skip
    if unbound or len(args) != len(params):
        raise f.unsupported(node, f"call of the generic method '{name}' whose type arguments are not deduced")
    converted = tuple(f.coerce(a, substitute(p, bound)) for a, p in zip(args, params, strict=True))
    return ir.Call(name, converted, type=substitute(result, bound), location=f.location(node))
