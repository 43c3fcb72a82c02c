"""Java labelled loops (``outer: for ...`` with ``break outer``/``continue outer``) into the IR."""

from __future__ import annotations

from typing import TYPE_CHECKING

import tree_sitter

from transcoder.engines.rules import ir
from transcoder.languages.common import node_text

if TYPE_CHECKING:
    from transcoder.engines.rules.java.frontend import JavaFrontEnd

_LOOPS = frozenset({"for_statement", "enhanced_for_statement", "while_statement", "do_statement"})


def labeled(f: JavaFrontEnd, node: tree_sitter.Node) -> ir.Stmt:
    """``label: loop``; a label on any other statement is refused."""
    label = next(c for c in node.named_children if c.type == "identifier")
    statement = node.named_children[-1]
    if statement.type not in _LOOPS:
        raise f.unsupported(node, "label on a statement other than a loop")
    [loop] = f.statement(statement)
    return ir.Labeled(node_text(label), loop, location=f.location(node))


def jump(f: JavaFrontEnd, node: tree_sitter.Node) -> ir.Stmt:
    """``break``/``continue``, with the label of the loop it names, if any."""
    label = node_text(node.named_children[0]) if node.named_children else None
    if node.type == "break_statement":
        return ir.Break(label, location=f.location(node))
    return ir.Continue(label, location=f.location(node))
