"""Java ``Iterator<E>`` loops that only read: a for-each loop over the iterated collection.

``Iterator<E> it = c.iterator(); while (it.hasNext()) { E x = it.next(); S }`` and
``for (Iterator<E> it = c.iterator(); it.hasNext();) { E x = it.next(); S }`` visit the elements
of ``c`` in its iteration order exactly as ``for (E x : c) { S }`` does: ``c`` is evaluated once,
``continue`` goes on with the next element, ``break`` leaves, and a change of ``c`` in ``S`` is
what it is in a for-each loop (the loop's own rules refuse or keep it). The rewrite is taken only
where the iterator is used nowhere else: not in ``S`` (a second ``next()``, ``remove()``), not
after the loop. Any other use of an ``Iterator`` (``it.remove()``, ``next()`` elsewhere than the
body's first declaration, an iterator passed or returned) stays refused as the type
``Iterator<E>`` with its line and column: ``remove`` changes the collection under the loop, which
needs an index or an erasing iterator the targets do not share."""

from __future__ import annotations

from typing import TYPE_CHECKING

import tree_sitter

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.cfamily.frontend import iteration_type
from transcoder.languages.common import node_text, required

if TYPE_CHECKING:
    from transcoder.engines.rules.java.frontend import JavaFrontEnd

NODES = frozenset({"local_variable_declaration", "while_statement", "for_statement"})
_COMMENTS = ("line_comment", "block_comment")


def iterator_loop(f: JavaFrontEnd, node: tree_sitter.Node) -> list[ir.Stmt] | None:
    """The for-each loop of an iterator loop at ``node`` (its ``while``, or a ``for`` that declares
    the iterator); ``[]`` for the iterator's declaration before such a ``while`` (the collection
    is evaluated at the loop: only quiet declarations stand between); None for another statement."""
    if node.type == "local_variable_declaration":
        return [] if _with_while(node) is not None else None  # its while loop stands for both
    if node.type == "while_statement":
        previous = _previous_statement(node)
        matched = _with_while(previous) if previous is not None else None
        if matched is None or matched[2] != node:
            return None
        collection, element, loop = matched
        return [_for_each(f, collection, element, loop)]
    if node.type == "for_statement":
        inits = node.children_by_field_name("init")
        if (
            len(inits) != 1
            or inits[0].type != "local_variable_declaration"
            or node.children_by_field_name("update")
        ):
            return None
        iterator = _iterator(inits[0])
        if iterator is None or not _drives(node.child_by_field_name("condition"), iterator[0]):
            return None
        body = _element(node, iterator[0])
        return None if body is None else [_for_each(f, iterator[1], body, node)]
    return None


def _with_while(
    declaration: tree_sitter.Node,
) -> tuple[tree_sitter.Node, tuple[tree_sitter.Node, list[tree_sitter.Node]], tree_sitter.Node] | None:
    """An iterator's declaration followed by its ``while (it.hasNext())`` loop: the collection,
    the element's declaration and the statements after it, and the loop."""
    iterator = _iterator(declaration)
    loop = _next_statement(declaration)
    if iterator is None or loop is None or loop.type != "while_statement":
        return None
    name, collection = iterator
    if not _drives(loop.child_by_field_name("condition"), name) or _after(loop, name):
        return None
    element = _element(loop, name)
    return None if element is None else (collection, element, loop)


def _iterator(declaration: tree_sitter.Node) -> tuple[str, tree_sitter.Node] | None:
    """``Iterator<E> it = c.iterator()``: the iterator's name and ``c``."""
    type_node = declaration.child_by_field_name("type")
    declarators = declaration.children_by_field_name("declarator")
    if type_node is None or not "".join(node_text(type_node).split()).startswith("Iterator<"):
        return None
    if len(declarators) != 1:
        return None
    value = declarators[0].child_by_field_name("value")
    if value is None or value.type != "method_invocation" or node_text(required(value, "name")) != "iterator":
        return None
    collection = value.child_by_field_name("object")
    if collection is None or required(value, "arguments").named_children:
        return None
    return node_text(required(declarators[0], "name")), collection


def _call_of(node: tree_sitter.Node | None, name: str, method: str) -> bool:
    """``node`` is ``name.method()``."""
    while node is not None and node.type == "parenthesized_expression":
        node = node.named_children[0] if node.named_children else None
    if node is None or node.type != "method_invocation":
        return False
    owner = node.child_by_field_name("object")
    return (
        owner is not None
        and owner.type == "identifier"
        and node_text(owner) == name
        and node_text(required(node, "name")) == method
        and not required(node, "arguments").named_children
    )


def _drives(condition: tree_sitter.Node | None, name: str) -> bool:
    return _call_of(condition, name, "hasNext")


def _element(loop: tree_sitter.Node, name: str) -> tuple[tree_sitter.Node, list[tree_sitter.Node]] | None:
    """The body's first statement ``E x = it.next();`` and the statements after it, where the
    iterator is used nowhere else in the body."""
    body = loop.child_by_field_name("body")
    if body is None or body.type != "block":
        return None
    statements = [c for c in body.named_children if c.type not in _COMMENTS]
    if not statements or statements[0].type != "local_variable_declaration":
        return None
    first = statements[0]
    declarators = first.children_by_field_name("declarator")
    if len(declarators) != 1 or not _call_of(declarators[0].child_by_field_name("value"), name, "next"):
        return None
    rest = [c for c in body.named_children if c.start_byte > first.end_byte]
    if any(_mentions(c, name) for c in rest):
        return None
    return first, rest


def _mentions(node: tree_sitter.Node, name: str) -> bool:
    if node.type == "identifier" and node_text(node) == name:
        return True
    return any(_mentions(c, name) for c in node.named_children)


def _next_statement(node: tree_sitter.Node) -> tree_sitter.Node | None:
    """The statement after ``node`` past comments and quiet declarations (``_quiet``)."""
    sibling = node.next_named_sibling
    while sibling is not None and (sibling.type in _COMMENTS or _quiet(sibling)):
        sibling = sibling.next_named_sibling
    return sibling


def _previous_statement(node: tree_sitter.Node) -> tree_sitter.Node | None:
    """The statement before ``node`` past comments and quiet declarations."""
    sibling = node.prev_named_sibling
    while sibling is not None and (sibling.type in _COMMENTS or _quiet(sibling)):
        sibling = sibling.prev_named_sibling
    return sibling


def _quiet(node: tree_sitter.Node) -> bool:
    """A declaration that calls, creates and assigns nothing (``int n = 0;``): the iterator may be
    created after it, as nothing it does can change the collection."""
    if node.type != "local_variable_declaration" or _iterator(node) is not None:
        return False
    return not any(_loud(c) for c in node.named_children)


def _loud(node: tree_sitter.Node) -> bool:
    if node.type in (
        "method_invocation",
        "object_creation_expression",
        "assignment_expression",
        "update_expression",
        "lambda_expression",
        "array_creation_expression",
    ):
        return True
    return any(_loud(c) for c in node.named_children)


def _after(loop: tree_sitter.Node, name: str) -> bool:
    """The iterator is read after its loop."""
    sibling = loop.next_named_sibling
    while sibling is not None:
        if _mentions(sibling, name):
            return True
        sibling = sibling.next_named_sibling
    return False


def _for_each(
    f: JavaFrontEnd,
    collection_node: tree_sitter.Node,
    element: tuple[tree_sitter.Node, list[tree_sitter.Node]],
    loop: tree_sitter.Node,
) -> ir.Stmt:
    """``for (E x : c) { rest }`` (as ``JavaFrontEnd.enhanced_for`` reads one)."""
    first, rest = element
    iterable = f.expression(collection_node)
    if isinstance(iterable, ir.LibraryCall) and iterable.op == ir.LibOp.MAP_ITEMS:
        iterable = iterable.args[0]  # type: ignore[assignment]
    if not isinstance(iterable.type, t.CONTAINER_TYPES):
        raise f.unsupported(collection_node, f"iterator over {iterable.type}")
    declarator = first.children_by_field_name("declarator")[0]
    name = node_text(required(declarator, "name"))
    declared = f.type_of(first.child_by_field_name("type"), first)
    if declared == t.UNKNOWN or isinstance(declared, t.PairType):
        declared = iteration_type(iterable.type)
    f.scopes.push()
    f.scopes.declare(name, declared)
    body: list[ir.Stmt] = []
    for statement in rest:
        body.extend(f.statement(statement))
    f.scopes.pop()
    block = ir.Block(tuple(body), location=f.location(loop))
    return ir.ForEach(name, declared, iterable, block, location=f.location(loop))
