"""C++ ``throw``, ``try``/``catch`` and ``assert`` into the IR (see ``exceptions.py``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import tree_sitter

from transcoder.engines.rules import exceptions, ir
from transcoder.engines.rules import types as t
from transcoder.languages.common import node_text, required

if TYPE_CHECKING:
    from transcoder.engines.rules.cpp.frontend import CppFrontEnd

STATEMENTS = frozenset({"throw_statement", "try_statement"})


def is_assert(node: tree_sitter.Node) -> bool:
    """``assert(condition);``."""
    if node.type != "expression_statement" or not node.named_children:
        return False
    call = node.named_children[0]
    return call.type == "call_expression" and node_text(required(call, "function")) == "assert"


def exception_statement(f: CppFrontEnd, node: tree_sitter.Node) -> list[ir.Stmt]:
    """One of ``STATEMENTS``, or an ``assert``."""
    if node.type == "throw_statement":
        return [throw(f, node)]
    if node.type == "try_statement":
        return [try_statement(f, node)]
    return [assertion(f, node)]


def exception_kind(f: CppFrontEnd, type_node: tree_sitter.Node) -> str:
    name = node_text(type_node).replace(" ", "")
    kind = exceptions.read("cpp", name)
    if kind is None:
        raise f.unsupported(type_node, f"exception type '{name}'")
    return kind


def throw(f: CppFrontEnd, node: tree_sitter.Node) -> ir.Stmt:
    created = node.named_children[0] if node.named_children else None
    if created is None:
        raise f.unsupported(node, "rethrow")
    if created.type == "call_expression":
        type_node, args = required(created, "function"), required(created, "arguments")
    elif created.type == "compound_literal_expression":
        type_node, args = required(created, "type"), required(created, "value")
    else:
        raise f.unsupported(node, "throw of a value other than a standard exception")
    kind = exception_kind(f, type_node)
    message = None
    values = args.named_children
    if len(values) > 1:
        raise f.unsupported(node, "exception created with several arguments")
    if values:
        message = f.coerce(f.expression(values[0]), t.STRING)
        if not isinstance(message.type, t.StringType):
            raise f.unsupported(values[0], "exception message that is not a string")
    return ir.Throw(kind, message, location=f.location(node))


def try_statement(f: CppFrontEnd, node: tree_sitter.Node) -> ir.Stmt:
    body = f.block(required(node, "body"))
    handlers = [handler(f, c) for c in node.named_children if c.type == "catch_clause"]
    # stoi/stoll throw; a division by zero or an index out of bounds is undefined behaviour
    return ir.Try(
        body, tuple(handlers), defined=frozenset({"a parse of a number"}), location=f.location(node)
    )


def handler(f: CppFrontEnd, node: tree_sitter.Node) -> ir.Handler:
    parameters = required(node, "parameters")
    declared = parameters.named_children
    if not declared:  # catch (...)
        kind, spelled = "throwable", "exception"
    else:
        type_node = required(declared[0], "type")
        kind = exception_kind(f, type_node)
        spelled = exceptions.spelling(kind, "cpp")
    # the caught exception is not declared: a handler that reads it is refused as an unknown name
    body = f.block(required(node, "body"))
    return ir.Handler((kind,), exceptions.caught_by("cpp", (spelled,)), body, location=f.location(node))


def assertion(f: CppFrontEnd, node: tree_sitter.Node) -> ir.Stmt:
    args = required(node.named_children[0], "arguments").named_children
    if len(args) != 1:
        raise f.unsupported(node, "assert with several arguments")
    condition_node, message = args[0], None
    # `assert(condition && "message")`: the message idiom
    right = condition_node.child_by_field_name("right")
    if (
        condition_node.type == "binary_expression"
        and node_text(required(condition_node, "operator")) == "&&"
        and right is not None
        and right.type == "string_literal"
    ):
        condition_node = required(condition_node, "left")
        message = f.expression(right)
    condition = f.condition(f.expression(condition_node))
    return ir.Assert(condition, message, location=f.location(node))
