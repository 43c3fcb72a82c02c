"""Questions about the tree-sitter syntax of a Python function (names bound, parameters, literals)."""

from __future__ import annotations

import ast

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.python.frontend.tree import Syntax, node_text
from transcoder.errors import UnsupportedConstruct

TYPE_NAMES = {"int", "float", "bool", "str", "list", "dict", "set"}


def descendants(node: Syntax | None, kind: str) -> list[Syntax]:
    """The nodes of type ``kind`` under ``node``; for ``function_definition``, not those nested in one
    found (each nested function is found by its enclosing one)."""
    if node is None:
        return []
    if kind != "function_definition":
        return list(node.below(kind))
    found: list[Syntax] = []
    stack = list(node.children)
    while stack:
        current = stack.pop()
        if current.type == kind:
            found.append(current)
            continue
        stack.extend(current.children)
    return found


def descendants_or_self(node: Syntax, kind: str) -> list[Syntax]:
    return ([node] if node.type == kind else []) + descendants(node, kind)


def param_name(param: Syntax) -> str:
    if param.type == "identifier":
        return node_text(param)
    name = param.child_by_field_name("name")
    if name is None:
        name = next((c for c in param.named_children if c.type == "identifier"), None)
    if name is None:
        raise UnsupportedConstruct(f"rules engine: unsupported Python parameter '{node_text(param)}'")
    return node_text(name)


def param_names(function: Syntax) -> list[str]:
    parameters = function.child_by_field_name("parameters")
    names = []
    for param in parameters.named_children if parameters else []:
        if param.type in (
            "list_splat_pattern",
            "dictionary_splat_pattern",
            "keyword_separator",
            "positional_separator",
        ):
            raise UnsupportedConstruct(f"rules engine: unsupported Python parameter '{node_text(param)}'")
        names.append(param_name(param))
    return names


def param_defaults(function: Syntax) -> dict[str, Syntax]:
    """Parameter name -> the expression of its default value, for parameters that have one."""
    parameters = function.child_by_field_name("parameters")
    defaults = {}
    for param in parameters.named_children if parameters else []:
        value = param.child_by_field_name("value")
        if param.type in ("default_parameter", "typed_default_parameter") and value is not None:
            defaults[param_name(param)] = value
    return defaults


def assigned_in(function: Syntax, *, with_params: bool = True) -> set[str]:
    names: set[str] = (
        set(param_names(function)) if function.type == "function_definition" and with_params else set()
    )
    for node in descendants(function.field("body"), "assignment") + descendants(
        function.field("body"), "augmented_assignment"
    ):
        left = node.field("left")
        names.update(node_text(n) for n in target_identifiers(left))
    for node in descendants(function.field("body"), "for_statement"):
        names.update(node_text(n) for n in target_identifiers(node.field("left")))
    return names


def subscript_stores(function: Syntax) -> set[str]:
    """Names written through a subscript in ``function`` (``s[i] = c``, ``s[i] += 1``)."""
    names: set[str] = set()
    body = function.field("body")
    for node in descendants(body, "assignment") + descendants(body, "augmented_assignment"):
        left = node.child_by_field_name("left")
        while left is not None and left.type == "subscript":
            left = left.child_by_field_name("value")
        if left is not None and left.type == "identifier" and left != node.child_by_field_name("left"):
            names.add(node_text(left))
    return names


def target_identifiers(node: Syntax | None) -> list[Syntax]:
    if node is None:
        return []
    if node.type == "identifier":
        return [node]
    if node.type in (
        "pattern_list",
        "tuple_pattern",
        "list_pattern",
        "tuple",
        "list",
        "parenthesized_expression",
    ):
        return [n for child in node.named_children for n in target_identifiers(child)]
    return []


def free_identifiers(node: Syntax) -> list[Syntax]:
    """Identifiers in ``node`` not bound by a comprehension inside it."""
    bound = {
        node_text(n)
        for clause in descendants_or_self(node, "for_in_clause")
        for n in target_identifiers(clause.field("left"))
    }
    return [n for n in descendants_or_self(node, "identifier") if node_text(n) not in bound]


def constant_value(node: Syntax) -> ir.Expr | None:
    """The value of a module-level constant (a number, string or bool literal, possibly negated)."""
    text = node_text(node)
    try:
        value = ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return None
    if isinstance(value, bool):
        return ir.BoolLiteral(value, type=t.BOOL)
    if isinstance(value, int):
        return ir.IntLiteral(value, type=t.INT if -(2**31) <= value < 2**31 else t.LONG)
    if isinstance(value, float):
        return ir.FloatLiteral(value, repr(value), type=t.DOUBLE)
    if isinstance(value, str):
        return ir.StringLiteral(value, type=t.STRING)
    return None
