"""C++ type aliases (``typedef long long ll;``, ``using ll = long long;``, at file level or in a
block), and casts to them: ``(ll) (a - b)`` parses as a call of ``(ll)``, since the parser does not
know ``ll`` names a type.

An alias of a type the engine does not know (``typedef bool (*TestFunc)();``, ``typedef typename
Derived::Scalar Scalar;``) refuses only the code that uses it, with the alias's own refusal: a
file's unused typedefs do not change what its functions compute. A name the file aliases twice to
different types (declarations of different scopes) is refused where it is used."""

from __future__ import annotations

from typing import TYPE_CHECKING

import tree_sitter

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.errors import UnsupportedConstruct
from transcoder.languages.common import node_text, required

if TYPE_CHECKING:
    from transcoder.engines.rules.cpp.frontend import CppFrontEnd


# a container's member types (64 bits on the LP64 targets: size_t and ptrdiff_t)
_SIZE_TYPES = {"size_type": t.IntType(64, False), "difference_type": t.IntType(64, True)}
_SIZED = (t.ListType, t.StringType, t.SetType, t.MapType, t.DequeType, t.StackType, t.QueueType, t.PriorityQueueType)


def member_type(f: CppFrontEnd, node: tree_sitter.Node, context: tree_sitter.Node) -> t.Type | None:
    """``C::size_type``, ``C::difference_type`` or ``C::value_type`` of a container type ``C`` (a
    template type such as ``vector<int>``, ``string``, or an alias of one); None for other names."""
    scope, name = node.child_by_field_name("scope"), node.child_by_field_name("name")
    if scope is None or name is None or node_text(name) not in (*_SIZE_TYPES, "value_type"):
        return None
    if scope.type == "template_type":
        container = f.type_of(scope, context)
    elif scope.type == "namespace_identifier" and node_text(scope) in f.aliases:
        container = f.aliases[node_text(scope)]
    elif scope.type == "namespace_identifier" and node_text(scope) == "string":
        container = t.STRING
    else:
        return None
    if node_text(name) in _SIZE_TYPES and isinstance(container, _SIZED):
        return _SIZE_TYPES[node_text(name)]
    if node_text(name) == "value_type" and isinstance(container, t.ListType | t.StringType | t.SetType | t.DequeType):
        return t.element_type(container)  # a map's is pair<const K, V>: not read
    return None


def alias_cast(f: CppFrontEnd, node: tree_sitter.Node) -> ir.Expr | None:
    """``(alias) (value)`` read as a cast, or None for any other call."""
    function = node.child_by_field_name("function")
    if function is None or function.type != "parenthesized_expression" or len(function.named_children) != 1:
        return None
    name = function.named_children[0]
    if (
        name.type != "identifier"
        or node_text(name) not in f.aliases
        or f.scopes.lookup(node_text(name)) is not None
    ):
        return None
    args = required(node, "arguments").named_children
    if len(args) != 1:
        return None
    target = f.aliases[node_text(name)]
    return ir.Cast(f.expression(args[0]), type=target, location=f.location(node))


def read_typedef(f: CppFrontEnd, node: tree_sitter.Node, file_level: bool) -> None:
    """Notes the alias ``node`` declares: its type, or the refusal to give where it is used."""
    if node.type == "alias_declaration":
        name: str | None = node_text(required(node, "name"))
    else:
        declarators = node.children_by_field_name("declarator")
        name = _declared_name(declarators[0]) if len(declarators) == 1 else None
    if name is None:
        raise f.unsupported(node, "typedef")  # several names, or none found: nothing to note
    try:
        if node.type == "type_definition":
            declarator = node.children_by_field_name("declarator")[0]
            if declarator.type != "type_identifier":
                raise f.unsupported(node, f"typedef of a pointer or function type '{name}'")
        type_ = f.type_of(node.child_by_field_name("type"), node)
    except UnsupportedConstruct as refusal:
        f.aliases.pop(name, None)
        f.alias_errors[name] = refusal
        return
    if name in f.aliases and f.aliases[name] != type_ and file_level:
        f.alias_errors[name] = f.unsupported(node, f"type '{name}', aliased to two types in one file")
        del f.aliases[name]
        return
    f.aliases[name] = type_
    f.alias_errors.pop(name, None)


def _declared_name(declarator: tree_sitter.Node) -> str | None:
    """The name a typedef's declarator declares (``TestFunc`` in ``(*TestFunc)()``)."""
    if declarator.type == "type_identifier":
        return node_text(declarator)
    inner = declarator.child_by_field_name("declarator")
    if inner is None:
        found = [c for c in declarator.named_children if c.type == "type_identifier" or c.named_child_count]
        inner = found[0] if found else None
    return _declared_name(inner) if inner is not None else None
