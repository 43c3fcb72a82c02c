"""C++ casts to a type alias of the file: ``(ll) (a - b)`` parses as a call of ``(ll)``, since the
parser does not know ``ll`` names a type (``typedef long long ll;``, ``using ll = long long;``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import tree_sitter

from transcoder.engines.rules import ir
from transcoder.languages.common import node_text, required

if TYPE_CHECKING:
    from transcoder.engines.rules.cpp.frontend import CppFrontEnd


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
