"""Syntax helpers of the C++ front end: tree shapes, literals and constants it recognizes."""

from __future__ import annotations

import tree_sitter

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.cpp.frontend.literals import read_number
from transcoder.languages.common import node_text, parent_of, required

L = ir.LibOp

LIMITS: dict[str, tuple[ir.LibOp, t.Type]] = {
    "INT_MAX": (L.INT_MAX, t.INT),
    "INT_MIN": (L.INT_MIN, t.INT),
    "LLONG_MAX": (L.INT_MAX, t.LONG),
    "LLONG_MIN": (L.INT_MIN, t.LONG),
    "LONG_MAX": (L.INT_MAX, t.LONG),
    "LONG_MIN": (L.INT_MIN, t.LONG),
    "INT64_MAX": (L.INT_MAX, t.LONG),
    "INT64_MIN": (L.INT_MIN, t.LONG),
    "UINT_MAX": (L.INT_MAX, t.IntType(32, False)),
    "DBL_MAX": (L.FLOAT_MAX, t.DOUBLE),
    "FLT_MAX": (L.FLOAT_MAX, t.DOUBLE),
}
MATH_CONSTANTS = {"M_PI": 3.141592653589793, "M_E": 2.718281828459045}


def is_iterator_text(first: str, last: str) -> bool:
    """Whether two constructor arguments read as an iterator range (``a, a + n`` or ``v.begin(), v.end()``)."""
    first, last = first.replace(" ", ""), last.replace(" ", "")
    if first.endswith(".begin()") and (last.endswith(".end()") or ".begin()+" in last):
        return True
    base = first.split("+")[0]  # `a, a + n` or `a + i, a + j`
    return base.isidentifier() and last.startswith(base + "+")


def zero_of(type_: t.Type) -> ir.Expr:
    if isinstance(type_, t.BoolType):
        return ir.BoolLiteral(False, type=type_)
    if isinstance(type_, t.CharType):
        return ir.CharLiteral("\0", type=type_)
    if isinstance(type_, t.FloatType):
        return ir.FloatLiteral(0.0, "0.0", type=type_)
    if isinstance(type_, t.StringType):
        return ir.StringLiteral("", type=type_)
    return ir.IntLiteral(0, type=type_ if isinstance(type_, t.IntType) else t.INT)


def sizeof_operand(node: tree_sitter.Node) -> tree_sitter.Node:
    value = node.child_by_field_name("value")
    if value is None:
        value = required(node, "type")
    while value.type == "parenthesized_expression":
        value = value.named_children[0]
    return value


def is_end_call(node: tree_sitter.Node) -> bool:
    if node.type != "call_expression":
        return False
    function = required(node, "function")
    return function.type == "field_expression" and node_text(required(function, "field")) == "end"


def is_npos(node: tree_sitter.Node) -> bool:
    return node_text(node).replace(" ", "") in ("string::npos", "std::string::npos")


def identifiers(node: tree_sitter.Node | None) -> list[tree_sitter.Node]:
    found: list[tree_sitter.Node] = []
    stack = [node] if node is not None else []
    while stack:
        current = stack.pop()
        if current.type == "identifier":
            found.append(current)
        stack.extend(current.children)
    return found


def is_read_only_c_string(body: tree_sitter.Node | None, name: str) -> bool:
    """Whether parameter ``name`` is only read as text: ``strlen(name)`` at least once, else ``name[i]`` reads."""
    measured = False
    for use in identifiers(body):
        if node_text(use) != name:
            continue
        parent = use.parent
        if parent is None:
            return False
        if parent.type == "argument_list" and parent.named_child_count == 1:
            call = parent.parent
            function = call.child_by_field_name("function") if call is not None else None
            if function is not None and node_text(function).removeprefix("std::") == "strlen":
                measured = True
                continue
            return False
        if parent.type != "subscript_expression" or parent.child_by_field_name("argument") != use:
            return False
        holder = parent.parent
        while holder is not None and holder.type == "parenthesized_expression":
            holder = holder.parent
        if holder is None:
            return False
        if holder.type == "assignment_expression" and holder.child_by_field_name("left") == parent:
            return False
        if holder.type == "update_expression" or (
            holder.type == "pointer_expression" and node_text(holder).startswith("&")
        ):
            return False
    return measured


def only_found_iterator_uses(declaration: tree_sitter.Node, name: str, container: str, type_: t.Type) -> bool:
    """After ``declaration`` in its block: ``name`` only in ``name ==/!= container.end()`` and (maps)
    read-only ``name->first/second``; ``container`` only in those ``end()`` calls up to the last use."""
    siblings = parent_of(declaration).children
    following = siblings[siblings.index(declaration) + 1 :]
    last = max(
        (i for i, sibling in enumerate(following) if any(node_text(u) == name for u in identifiers(sibling))),
        default=-1,
    )
    if last < 0:
        return False
    allowed_end_calls: set[int] = set()
    for sibling in following:
        for use in identifiers(sibling):
            if node_text(use) != name:
                continue
            parent = use.parent
            if parent is None:
                return False
            if parent.type == "binary_expression" and parent.child_by_field_name("left") == use:
                right = required(parent, "right")
                if (
                    node_text(required(parent, "operator")) not in ("==", "!=")
                    or node_text(right).replace(" ", "") != f"{container}.end()"
                ):
                    return False
                allowed_end_calls.add(right.start_byte)
                continue
            call = parent.parent
            if (
                parent.type == "argument_list"
                and parent.named_child_count == 1
                and call is not None
                and node_text(required(call, "function")).replace(" ", "") == f"{container}.erase"
            ):
                allowed_end_calls.add(call.start_byte)  # erasing what was found
                continue
            if not (
                isinstance(type_, t.MapType)
                and parent.type == "field_expression"
                and "->" in node_text(parent)
                and node_text(required(parent, "field")) in ("first", "second")
            ):
                return False
            holder = parent.parent
            if holder is not None and (
                holder.type == "update_expression"
                or (holder.type == "assignment_expression" and holder.child_by_field_name("left") == parent)
            ):
                return False
    # Until the last use of the iterator: textually, unless a use sits in a loop (which could come
    # back to it after a later change), then up to the end of the statement holding the last use.
    uses = [u for sibling in following for u in identifiers(sibling) if node_text(u) == name]
    in_loop = any(inside_loop(u, declaration.parent) for u in uses)
    horizon = following[last].end_byte if in_loop else max(u.end_byte for u in uses)
    for sibling in following[: last + 1]:
        for use in identifiers(sibling):
            if node_text(use) == container and use.start_byte < horizon:
                call = use.parent.parent if use.parent is not None else None
                if call is None or call.start_byte not in allowed_end_calls:
                    return False
    return True


def inside_loop(node: tree_sitter.Node, block: tree_sitter.Node | None) -> bool:
    current = node.parent
    while current is not None and current != block:
        if current.type in ("for_statement", "for_range_loop", "while_statement", "do_statement"):
            return True
        current = current.parent
    return False


def new_array_size(value: tree_sitter.Node | None) -> tree_sitter.Node | None:
    """The length in ``new T[n]`` (or ``new T[n]()``), for a scalar ``T``; None for anything else."""
    if value is None or value.type != "new_expression":
        return None
    declarator = value.child_by_field_name("declarator")
    if declarator is None or declarator.type != "new_declarator" or declarator.named_child_count != 1:
        return None
    arguments = value.child_by_field_name("arguments")
    if arguments is not None and (arguments.type != "argument_list" or arguments.named_child_count):
        return None
    return declarator.named_children[0]


def default_value(param: tree_sitter.Node) -> ir.Expr | None:
    """The default argument of a parameter, when it is a plain literal (others are not filled in)."""
    value = (
        param.child_by_field_name("default_value") if param.type == "optional_parameter_declaration" else None
    )
    if value is None:
        return None
    text = node_text(value)
    if value.type == "number_literal":
        literal = read_number(text)  # 017 is 15, 0x10 is 16
        return literal if isinstance(literal, ir.IntLiteral) else None
    if value.type in ("true", "false"):
        return ir.BoolLiteral(value.type == "true", type=t.BOOL)
    return None


def copied(value: ir.Expr, type_: t.Type) -> ir.Expr:
    """C++ copies a container it initialises or assigns from another variable's; Java and
    Python would share the object, so the IR says "a copy" (``v2 = v`` then ``v2[0] = 1``
    leaves ``v`` as it was)."""
    if isinstance(type_, t.CONTAINER_TYPES) and isinstance(value, (ir.Name, ir.Index)):
        return ir.NewContainer(source=value, type=type_, location=value.location)
    return value


def untyped_declaration(context: tree_sitter.Node) -> str:
    """What a declaration without a type is: most often, in real files, a constructor or destructor
    defined outside its class (``Id::Id(uint64_t v) : m(v) {}``), whose class a header declares."""
    declarator = context.child_by_field_name("declarator") if context.type == "function_definition" else None
    while declarator is not None and declarator.type not in ("qualified_identifier", "identifier"):
        declarator = declarator.child_by_field_name("declarator")
    if declarator is None or declarator.type != "qualified_identifier":
        return "declaration without a type"
    scope, name = declarator.child_by_field_name("scope"), declarator.child_by_field_name("name")
    if scope is None or name is None or node_text(name).lstrip("~") != node_text(scope).split("<")[0].split("::")[-1]:
        return "declaration without a type"
    return (
        f"declaration without a type: '{node_text(declarator)}', a constructor or destructor of class "
        f"'{node_text(scope)}' defined outside its class"
    )
