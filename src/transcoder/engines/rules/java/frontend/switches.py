"""Java ``switch`` statements into ``ir.Switch``: groups of ``case`` labels and statements (falling
through as C does), and switch rules (``case 'a', 'b' -> statement``), which never fall through:
each becomes a group that ends in a ``break`` unless its body cannot complete. Comments between
the labels of a group are skipped (tree-sitter puts them between the groups).

A switch *expression* (Java 14) whose value is returned (``return switch (c) { ... };``),
declared (``T x = switch ...;``) or assigned (``x = switch ...;``) is that statement's switch:
each arm's value (``case 0 -> v;``, ``yield v;``) becomes ``return v;``, or ``x = v;`` and a
``break``. Only these three places are read: a switch expression inside another expression is
refused, as is one without ``default`` (an enum switch naming every constant has none in Java,
and a target switch would then fall out of it), ``var x = switch``, and a ``yield`` of an
assigned switch inside a loop or switch of its arm (the ``break`` would leave that one).
Everything before the switch statement in the three forms runs before the subject in Java too."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import tree_sitter

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.cfamily.switches import merge_label_groups
from transcoder.languages.common import node_text, required

if TYPE_CHECKING:
    from transcoder.engines.rules.java.frontend import JavaFrontEnd

_COMMENTS = frozenset({"line_comment", "block_comment"})
_JUMPS = (ir.Return, ir.Throw, ir.Break, ir.Continue)
SWITCH_NODES = frozenset(
    {"switch_statement", "switch_expression", "yield_statement", "return_statement",
     "local_variable_declaration", "expression_statement"}
)  # fmt: skip
_NESTING = frozenset({"for_statement", "enhanced_for_statement", "while_statement", "do_statement",
                      "switch_expression", "switch_statement"})  # fmt: skip

Sink = Callable[[tree_sitter.Node], list[ir.Stmt]]
"""What an arm of a switch expression does with its value (the value's node): return it, or assign
it and leave the switch."""


def switch_statements(f: JavaFrontEnd, node: tree_sitter.Node) -> list[ir.Stmt] | None:
    """A node of ``SWITCH_NODES`` as statements, or None where it is not a switch (the caller reads it)."""
    if node.type in ("switch_statement", "switch_expression"):
        return [switch_statement(f, node)]
    if node.type == "yield_statement":
        if not f.yield_sinks:
            raise f.unsupported(node, "yield outside a switch expression")
        return f.yield_sinks[-1](node.named_children[0])
    if node.type == "return_statement":
        value = node.named_children[0] if node.named_children else None
        if value is None or value.type != "switch_expression":
            return None
        return [switch_statement(f, value, lambda arm: [_returned(f, arm)])]
    if node.type == "local_variable_declaration":
        return _declared(f, node)
    assignment = node.named_children[0] if node.named_children else None
    if assignment is None or assignment.type != "assignment_expression":
        return None
    right = required(assignment, "right")
    if right.type != "switch_expression":
        return None
    left = required(assignment, "left")
    if left.type != "identifier" or node_text(required(assignment, "operator")) != "=":
        raise f.unsupported(right, "switch expression assigned to other than a variable with '='")
    target = f.expression(left)
    return [switch_statement(f, right, _assigning(f, target, right))]


def _returned(f: JavaFrontEnd, arm: tree_sitter.Node) -> ir.Stmt:
    value = f.expression(arm, expected=f.return_type)
    return ir.Return(f.coerce(value, f.return_type), location=f.location(arm))


def _declared(f: JavaFrontEnd, node: tree_sitter.Node) -> list[ir.Stmt] | None:
    """``T x = switch (...) { ... };``: ``T x;`` and the switch assigning it."""
    declarators = node.children_by_field_name("declarator")
    value = declarators[0].child_by_field_name("value") if len(declarators) == 1 else None
    if value is None or value.type != "switch_expression":
        if any(d.child_by_field_name("value") is not None and
               d.child_by_field_name("value").type == "switch_expression" for d in declarators):  # type: ignore[union-attr]
            raise f.unsupported(node, "switch expression in a declaration of several variables")
        return None
    declared = f.type_of(node.child_by_field_name("type"), node)
    if declared == t.UNKNOWN or declarators[0].child_by_field_name("dimensions") is not None:
        raise f.unsupported(value, "switch expression declaring a variable of type 'var' or with [] after its name")
    name = node_text(required(declarators[0], "name"))
    declaration = ir.VarDecl(name, declared, None, location=f.location(node))
    f.scopes.declare(name, declared)
    target = ir.Name(name, type=declared, location=f.location(declarators[0]))
    return [declaration, switch_statement(f, value, _assigning(f, target, value))]


def _assigning(f: JavaFrontEnd, target: ir.Expr, switch: tree_sitter.Node) -> Sink:
    def sink(arm: tree_sitter.Node) -> list[ir.Stmt]:
        nested = arm.parent
        while nested is not None and nested != switch:
            if nested.type in _NESTING and nested.parent is not None and nested.parent.type != "switch_rule":
                raise f.unsupported(arm, "yield inside a loop or switch of a switch expression's arm")
            nested = nested.parent
        value = f.coerce(f.expression(arm, expected=target.type), target.type)
        loc = f.location(arm)
        assigned = ir.AssignExpr(target, value, type=target.type, location=loc)
        return [ir.ExprStmt(assigned, location=loc), ir.Break(location=loc)]

    return sink


def switch_statement(f: JavaFrontEnd, node: tree_sitter.Node, sink: Sink | None = None) -> ir.Stmt:
    """A switch statement (tree-sitter reads one as a ``switch_expression`` too), or a switch
    expression whose arms' values go to ``sink``; one inside another expression is refused where
    expressions are read."""
    if sink is not None and not any(
        c.type in ("switch_label",) and not c.named_children
        for arm in required(node, "body").named_children
        for c in arm.named_children
    ):
        raise f.unsupported(node, "switch expression without a default")
    if sink is not None:
        f.yield_sinks.append(sink)
    try:
        return _switch(f, node, sink)
    finally:
        if sink is not None:
            f.yield_sinks.pop()


def _switch(f: JavaFrontEnd, node: tree_sitter.Node, sink: Sink | None) -> ir.Stmt:
    subject = f.expression(required(node, "condition"))
    cases: list[ir.SwitchCase] = []
    f.scopes.push()
    for group in required(node, "body").named_children:
        if group.type in _COMMENTS:
            continue
        if group.type == "switch_rule":
            cases.append(_rule(f, group, sink))
        elif group.type == "switch_block_statement_group":
            cases.append(_group(f, group))
        else:
            raise f.unsupported(group, f"switch member {group.type}")
    f.scopes.pop()
    return ir.Switch(subject, merge_label_groups(cases), location=f.location(node))


def _labels(f: JavaFrontEnd, label: tree_sitter.Node) -> tuple[list[ir.Expr], bool]:
    """The values of one ``case`` label (``case 1, 2``), and whether it is ``default``."""
    values = [f.expression(v) for v in label.named_children if v.type not in _COMMENTS]
    return values, not values


def _group(f: JavaFrontEnd, group: tree_sitter.Node) -> ir.SwitchCase:
    values: list[ir.Expr] = []
    is_default = False
    stmts: list[ir.Stmt] = []
    for child in group.named_children:
        if child.type == "switch_label":
            found, default = _labels(f, child)
            values.extend(found)
            is_default = is_default or default
        else:
            stmts.extend(f.statement(child))
    if is_default and values:
        raise f.unsupported(group, "default label shared with case labels")
    return ir.SwitchCase(tuple(values), tuple(_break_out_of_block(stmts)), location=f.location(group))


def _break_out_of_block(stmts: list[ir.Stmt]) -> list[ir.Stmt]:
    """``case 1: { ...; break; }`` as ``case 1: { ... } break;``: the same jump, at the group's end
    where every target's switch can spell it."""
    last = stmts[-1] if stmts else None
    if not (isinstance(last, ir.Block) and last.body and isinstance(last.body[-1], ir.Break)):
        return stmts
    jump = last.body[-1]
    if jump.label is not None:
        return stmts
    inner = _break_out_of_block(list(last.body[:-1]))
    return [*stmts[:-1], ir.Block(tuple(inner), location=last.location), jump]


def _rule(f: JavaFrontEnd, rule: tree_sitter.Node, sink: Sink | None) -> ir.SwitchCase:
    """``case v -> body``: an expression statement, a block or a throw; no fall-through. In a switch
    expression (``sink``), an expression is the arm's value."""
    children = [c for c in rule.named_children if c.type not in _COMMENTS]
    label, body = children[0], children[-1]
    if label.type != "switch_label" or len(children) != 2:
        raise f.unsupported(rule, "switch rule")
    values, is_default = _labels(f, label)
    if is_default and any(c.type != "switch_label" for c in label.children if c.is_named):
        raise f.unsupported(rule, "default label shared with case labels")
    if body.type == "block":
        block = f.block(body)
        stmts: list[ir.Stmt] = _break_out_of_block([block])  # a yield's assignment and break
        last = block.body[-1] if block.body else None
        if isinstance(last, _JUMPS):
            return ir.SwitchCase(tuple(values), tuple(stmts), location=f.location(rule))
    elif body.type == "expression_statement" and sink is not None:
        stmts = sink(body.named_children[0])
    elif body.type in ("expression_statement", "throw_statement"):
        stmts = list(f.statement(body))
    else:
        raise f.unsupported(body, "switch rule whose body is not a statement")
    if not stmts or not isinstance(stmts[-1], _JUMPS):
        stmts.append(ir.Break(location=f.location(rule)))
    return ir.SwitchCase(tuple(values), tuple(stmts), location=f.location(rule))
