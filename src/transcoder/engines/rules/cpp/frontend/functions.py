"""C++ lambdas as function values: ``auto f = [](int v) { ... };`` and ``function<int(int)> f``,
called as ``f(x)`` (``ir.Invoke``).

Captures: the targets' closures see a captured variable as it is when the function runs (Python
reads it then; Java captures only variables that never change). So a lambda is refused where
its capture mode would make a difference: one capturing by value (``[=]``, ``[x]``) a variable
the function assigns, and one assigning a variable of the enclosing function.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import tree_sitter

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.analysis.names import assigned_names
from transcoder.languages.common import node_text, required

if TYPE_CHECKING:
    from transcoder.engines.rules.cpp.frontend import CppFrontEnd


def function_type(f: CppFrontEnd, node: tree_sitter.Node) -> t.Type:
    """``function<R(A, B)>``."""
    args = required(node, "arguments").named_children
    if len(args) != 1 or args[0].type != "type_descriptor":
        raise f.unsupported(node, f"type '{node_text(node)}'")
    declarator = args[0].child_by_field_name("declarator")
    if declarator is None or declarator.type != "abstract_function_declarator":
        raise f.unsupported(node, f"type '{node_text(node)}'")
    result = f.type_of(args[0].child_by_field_name("type"), node)
    parameters = []
    for parameter in required(declarator, "parameters").named_children:
        _, type_, _ = f.declarator(parameter.child_by_field_name("declarator"), parameter)
        parameters.append(type_)
    return t.FunctionType(tuple(parameters), result)


def invoke(
    f: CppFrontEnd, node: tree_sitter.Node, callee: ir.Expr, args_nodes: list[tree_sitter.Node]
) -> ir.Expr:
    """``f(x)`` of a variable holding a function value."""
    function = callee.type
    assert isinstance(function, t.FunctionType)
    if len(args_nodes) != len(function.parameters):
        raise f.unsupported(node, "call of a function value with another number of arguments")
    args = tuple(f.coerce(f.expression(a), p) for a, p in zip(args_nodes, function.parameters, strict=True))
    return ir.Invoke(callee, args, type=function.result, location=f.location(node))


def _returned_type(body: ir.Block) -> t.Type:
    for node in ir.walk(body):
        if isinstance(node, ir.Return) and node.value is not None and node.value.type != t.UNKNOWN:
            return node.value.type
    return t.VOID


def checked_lambda(f: CppFrontEnd, node: tree_sitter.Node, made: ir.Lambda) -> ir.Lambda:
    """``made`` with its result type found from its returns; refused where its captures matter."""
    own = {p.name for p in made.params} | {n.name for n in ir.walk(made.body) if isinstance(n, ir.VarDecl)}
    outer = {n.id for n in ir.walk(made.body) if isinstance(n, ir.Name)} - own
    changed = assigned_names(made.body) & outer
    if changed:
        raise f.unsupported(node, f"lambda assigning '{sorted(changed)[0]}' of the enclosing function")
    captures = node.child_by_field_name("captures")
    spelled = node_text(captures).strip("[] ") if captures is not None else ""
    by_value = {c.strip() for c in spelled.split(",") if c.strip() and not c.strip().startswith("&")}
    if by_value:
        copied = outer if "=" in by_value else outer & by_value
        changing = copied & f.assigned_in_body
        if changing:
            raise f.unsupported(
                node, f"lambda capturing by value '{sorted(changing)[0]}', which the function changes"
            )
    function = made.type
    if (
        isinstance(function, t.FunctionType)
        and function.result == t.UNKNOWN
        and isinstance(made.body, ir.Block)
    ):
        result = _returned_type(made.body)
        return ir.Lambda(
            made.params, made.body, type=t.FunctionType(function.parameters, result), location=made.location
        )
    return made
