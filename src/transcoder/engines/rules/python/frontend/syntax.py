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
    splat = star_pattern(param)
    if splat is not None:
        param = splat
    name = param.child_by_field_name("name")
    if name is None:
        name = next((c for c in param.named_children if c.type == "identifier"), None)
    if name is None:
        raise UnsupportedConstruct(
            f"rules engine: unsupported Python parameter '{node_text(param)}'", param.location
        )
    return node_text(name)


def star_pattern(param: Syntax) -> Syntax | None:
    """The ``*args`` of a parameter (``*args`` or ``*args: int``), or None."""
    if param.type == "list_splat_pattern":
        return param
    if param.type == "typed_parameter":
        return next((c for c in param.named_children if c.type == "list_splat_pattern"), None)
    return None


def param_names(function: Syntax) -> list[str]:
    """The parameters' names, in order (``*args`` included; the ``*`` and ``/`` markers are not
    parameters: what follows ``*`` is passed by keyword, which the calls say)."""
    parameters = function.child_by_field_name("parameters")
    names = []
    for param in parameters.named_children if parameters else []:
        if param.type in ("keyword_separator", "positional_separator", "comment"):
            continue
        if param.type == "dictionary_splat_pattern" or any(
            c.type == "dictionary_splat_pattern" for c in param.named_children
        ):
            raise UnsupportedConstruct(
                f"rules engine: unsupported Python parameter '{node_text(param)}' (keyword arguments "
                "gathered in a dict)",
                param.location,
            )
        names.append(param_name(param))
    return names


def star_parameter(function: Syntax) -> str | None:
    """The name of the function's ``*args`` parameter, if it has one."""
    parameters = function.child_by_field_name("parameters")
    for param in parameters.named_children if parameters else []:
        if star_pattern(param) is not None:
            return param_name(param)
    return None


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


def used_as_values(function: Syntax, names: set[str]) -> set[str]:
    """The ``names`` the function uses where a length never stands: as a bound of a slice of a
    parameter (``values[:n]`` takes up to n, which may be more or fewer than there are), or compared
    or combined with an element (a subscript read, or the variable of a loop over a sequence)."""
    body = function.field("body")
    parameters = set(param_names(function))
    elements = {
        node_text(n)
        for loop in descendants(body, "for_statement") + descendants(body, "for_in_clause")
        if not _is_range_call(loop.child_by_field_name("right"))
        for n in target_identifiers(loop.child_by_field_name("left"))
    }
    found: set[str] = set()
    readers = _element_readers(body, elements)
    answers: dict[int, bool] = {}
    for identifier in descendants(body, "identifier"):
        name = node_text(identifier)
        if name in names and name not in found and _used_as_value(identifier, readers, parameters, answers):
            found.add(name)
    return found


def _used_as_value(
    identifier: Syntax, readers: set[int], parameters: set[str], answers: dict[int, bool]
) -> bool:
    """Whether ``identifier`` is a value (see ``used_as_values``): the walk up from it through
    operators, each step's answer remembered in ``answers`` (node id -> the answer for that node):
    the identifiers of one long expression share the walk (a sum of n terms would cost n^2 steps)."""
    path: list[Syntax] = []
    node = identifier
    answer = False
    while node.parent is not None:
        if node.id in answers:
            answer = answers[node.id]
            break
        path.append(node)
        parent = node.parent
        if parent.type == "slice":
            sliced = parent.parent.child_by_field_name("value") if parent.parent is not None else None
            answer = sliced is not None and node_text(sliced) in parameters
            break
        if parent.type in ("binary_operator", "comparison_operator"):
            if any(c.id in readers for c in parent.named_children if c.id != node.id):
                answer = True
                break
            if parent.type == "comparison_operator":
                break
        elif parent.type not in ("parenthesized_expression", "unary_operator"):
            break
        node = parent
    for walked in path:
        answers[walked.id] = answer
    return answer


def _element_readers(body: Syntax, elements: set[str]) -> set[int]:
    """Ids of the nodes of ``body`` (itself included) that read an element: an identifier in
    ``elements`` or a subscript that is not a slice, at or below them; found in one walk."""
    order = [body]
    for node in order:  # breadth first: each node's parent comes before it
        order.extend(node.children)
    readers: set[int] = set()
    for node in reversed(order):  # children before parents
        if node.id in readers:
            pass
        elif (node.type == "identifier" and node_text(node) in elements) or (
            node.type == "subscript"
            and (index := node.child_by_field_name("subscript")) is not None
            and index.type != "slice"
        ):
            readers.add(node.id)
        else:
            continue
        if node.parent is not None:
            readers.add(node.parent.id)
    return readers


def _is_range_call(node: Syntax | None) -> bool:
    return (
        node is not None
        and node.type == "call"
        and node_text(node.field("function")) in ("range", "enumerate")
    )


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
