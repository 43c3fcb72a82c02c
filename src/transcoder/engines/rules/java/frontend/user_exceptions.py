"""Java exception classes of the file that only rename a standard exception:
``class ParseError extends IllegalArgumentException { ParseError(String m) { super(m); } }``.

A class of the file whose base is a standard exception (``exceptions.py``) or another such class,
whose constructors only hand their message to the base (``X() { super(); }``, ``X(String m) {
super(m); }``) and whose only field is ``serialVersionUID``, adds nothing to its base but a name.
Thrown, it is its base's kind (as a Python ``class ParseError(ValueError): pass`` is, see
``python/frontend/user_exceptions.py``): every handler of a standard exception that catches it in
Java (``catch (IllegalArgumentException e)``, ``catch (RuntimeException e)``) catches that kind in
every target too, and one that does not catch it (``catch (NumberFormatException e)``) does not
catch the kind either. What only the name tells apart is refused with its place: a handler naming
the class would catch every exception of the base kind in the translation, and any other use of
the class (a variable of its type, an object made outside ``throw``) is refused as a type the file
does not declare.

Any other class extending an exception (fields, methods, a constructor doing more, a cause) is
not one of these and stays refused.
"""

from __future__ import annotations

import tree_sitter

from transcoder.engines.rules import exceptions
from transcoder.languages.common import node_text, required

_IGNORED = frozenset({"line_comment", "block_comment"})


def renamed_exception(node: tree_sitter.Node, known: dict[str, str]) -> str | None:
    """The Java name of the standard exception the class ``node`` only renames, through the
    classes of ``known`` (class -> that name), or None."""
    if node.type != "class_declaration" or node.child_by_field_name("type_parameters") is not None:
        return None
    superclass = node.child_by_field_name("superclass")
    if superclass is None or node.child_by_field_name("interfaces") is not None:
        return None
    base = "".join(node_text(superclass).removeprefix("extends").split())
    base = known.get(base, base)
    if exceptions.read("java", base) is None:
        return None
    name = node_text(required(node, "name"))
    body = node.child_by_field_name("body")
    for member in body.named_children if body is not None else []:
        if member.type in _IGNORED or _serial_version(member):
            continue
        if member.type != "constructor_declaration" or not _hands_over_its_message(member, name):
            return None
    return base


def _serial_version(member: tree_sitter.Node) -> bool:
    """``static final long serialVersionUID = ...;`` (serialisation's version: no behaviour)."""
    declarators = member.children_by_field_name("declarator") if member.type == "field_declaration" else []
    return len(declarators) == 1 and node_text(required(declarators[0], "name")) == "serialVersionUID"


def _hands_over_its_message(constructor: tree_sitter.Node, name: str) -> bool:
    """``Name() { super(); }`` or ``Name(String m) { super(m); }``."""
    if node_text(required(constructor, "name")) != name:
        return False
    parameters = [p for p in required(constructor, "parameters").named_children if p.type not in _IGNORED]
    if len(parameters) > 1 or any(p.type != "formal_parameter" for p in parameters):
        return False
    if parameters and "".join(node_text(required(parameters[0], "type")).split()) not in (
        "String",
        "java.lang.String",
    ):
        return False
    statements = [s for s in required(constructor, "body").named_children if s.type not in _IGNORED]
    if len(statements) != 1 or statements[0].type != "explicit_constructor_invocation":
        return False
    call = statements[0]
    if node_text(required(call, "constructor")) != "super" or call.child_by_field_name("object"):
        return False
    arguments = [a for a in required(call, "arguments").named_children if a.type not in _IGNORED]
    expected = [node_text(required(parameters[0], "name"))] if parameters else []
    return [node_text(a) for a in arguments] == expected and all(a.type == "identifier" for a in arguments)
