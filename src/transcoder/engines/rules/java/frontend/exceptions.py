"""Java ``throw``, ``try``/``catch``/``finally`` and ``assert`` into the IR (see ``exceptions.py``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import tree_sitter

from transcoder.engines.rules import exceptions, ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.analysis.raises import EVENTS
from transcoder.languages.common import node_text, required

if TYPE_CHECKING:
    from transcoder.engines.rules.java.frontend import JavaFrontEnd

STATEMENTS = frozenset(
    {"throw_statement", "try_statement", "assert_statement", "try_with_resources_statement"}
)


def exception_statement(f: JavaFrontEnd, node: tree_sitter.Node) -> list[ir.Stmt]:
    """One of ``STATEMENTS``."""
    if node.type == "throw_statement":
        return [throw(f, node)]
    if node.type == "try_statement":
        return [try_statement(f, node)]
    if node.type == "assert_statement":
        return []  # `java` checks assertions only when run with -ea: by default they do nothing
    raise f.unsupported(node, "try-with-resources")


def exception_kind(f: JavaFrontEnd, type_node: tree_sitter.Node, *, caught: bool = False) -> str:
    name = "".join(node_text(type_node).split())
    if name in f.exception_bases:  # a class of the file renaming a standard exception (user_exceptions.py)
        if caught:
            raise f.unsupported(
                type_node,
                f"catch of '{name}', a class of this file renaming {f.exception_bases[name]} (the "
                f"translation would catch every {f.exception_bases[name]})",
            )
        name = f.exception_bases[name]
    kind = exceptions.read("java", name)
    if kind is None:
        raise f.unsupported(type_node, f"exception type '{name}'")
    return kind


def throw(f: JavaFrontEnd, node: tree_sitter.Node) -> ir.Stmt:
    created = node.named_children[0] if node.named_children else None
    if created is None or created.type != "object_creation_expression":
        raise f.unsupported(node, "throw of an exception other than a new standard one")
    kind = exception_kind(f, required(created, "type"))
    args = required(created, "arguments").named_children
    message = None
    if len(args) > 1:
        raise f.unsupported(node, "exception created with a cause")
    if args:
        message = f.expression(args[0])
        if t.is_integral(message.type) and kind in _INDEX_MESSAGES:
            message = _index_message(f, kind, message)
        if not isinstance(message.type, t.StringType):
            raise f.unsupported(args[0], "exception message that is not a string")
    return ir.Throw(kind, message, location=f.location(node))


# the constructors of an index (int): their message (Java SE 17 java.lang)
_INDEX_MESSAGES = {
    "index": "Index out of range: ",
    "array_index": "Array index out of range: ",
    "string_index": "String index out of range: ",
}


def _index_message(f: JavaFrontEnd, kind: str, index: ir.Expr) -> ir.Expr:
    """``new ArrayIndexOutOfBoundsException(i)``: the message the constructor writes."""
    prefix = ir.StringLiteral(_INDEX_MESSAGES[kind], type=t.STRING, location=index.location)
    text = f.as_text(f.coerce(index, t.INT))
    return ir.Binary(ir.BinaryOp.ADD, prefix, text, type=t.STRING, location=index.location)


def try_statement(f: JavaFrontEnd, node: tree_sitter.Node) -> ir.Stmt:
    body = f.block(required(node, "body"))
    handlers: list[ir.Handler] = []
    final: ir.Block | None = None
    for child in node.named_children:
        if child.type == "catch_clause":
            handlers.append(handler(f, child))
        elif child.type == "finally_clause":
            final = f.block(child.named_children[0])
    # Java raises on every event of the table (ArithmeticException, ...IndexOutOfBoundsException)
    return ir.Try(body, tuple(handlers), final, frozenset(EVENTS), location=f.location(node))


def handler(f: JavaFrontEnd, node: tree_sitter.Node) -> ir.Handler:
    parameter = next(c for c in node.named_children if c.type == "catch_formal_parameter")
    catch_type = next(c for c in parameter.named_children if c.type == "catch_type")
    kinds = tuple(exception_kind(f, type_node, caught=True) for type_node in catch_type.named_children)
    spelled = tuple(exceptions.spelling(kind, "java") for kind in kinds)
    # the caught exception is not declared: a handler that reads it is refused as an unknown name
    body = f.block(required(node, "body"))
    catches = exceptions.caught_by("java", spelled)
    return ir.Handler(kinds, catches, body, location=f.location(node))
