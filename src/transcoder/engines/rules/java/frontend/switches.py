"""Java ``switch`` statements into ``ir.Switch``: groups of ``case`` labels and statements (falling
through as C does), and switch rules (``case 'a', 'b' -> statement``), which never fall through:
each becomes a group that ends in a ``break`` unless its body cannot complete. Comments between
the labels of a group are skipped (tree-sitter puts them between the groups)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import tree_sitter

from transcoder.engines.rules import ir
from transcoder.engines.rules.cfamily.switches import merge_label_groups
from transcoder.languages.common import required

if TYPE_CHECKING:
    from transcoder.engines.rules.java.frontend import JavaFrontEnd

_COMMENTS = frozenset({"line_comment", "block_comment"})
_JUMPS = (ir.Return, ir.Throw, ir.Break, ir.Continue)


def switch_statement(f: JavaFrontEnd, node: tree_sitter.Node) -> ir.Stmt:
    subject = f.expression(required(node, "condition"))
    cases: list[ir.SwitchCase] = []
    f.scopes.push()
    for group in required(node, "body").named_children:
        if group.type in _COMMENTS:
            continue
        if group.type == "switch_rule":
            cases.append(_rule(f, group))
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


def _rule(f: JavaFrontEnd, rule: tree_sitter.Node) -> ir.SwitchCase:
    """``case v -> body``: an expression statement, a block or a throw; no fall-through."""
    children = [c for c in rule.named_children if c.type not in _COMMENTS]
    label, body = children[0], children[-1]
    if label.type != "switch_label" or len(children) != 2:
        raise f.unsupported(rule, "switch rule")
    values, is_default = _labels(f, label)
    if is_default and any(c.type != "switch_label" for c in label.children if c.is_named):
        raise f.unsupported(rule, "default label shared with case labels")
    if body.type == "block":
        block = f.block(body)
        stmts: list[ir.Stmt] = [block]
        last = block.body[-1] if block.body else None
        if isinstance(last, _JUMPS):
            return ir.SwitchCase(tuple(values), tuple(stmts), location=f.location(rule))
    elif body.type in ("expression_statement", "throw_statement"):
        stmts = list(f.statement(body))
    else:
        raise f.unsupported(body, "switch rule whose body is not a statement")
    if not stmts or not isinstance(stmts[-1], _JUMPS):
        stmts.append(ir.Break(location=f.location(rule)))
    return ir.SwitchCase(tuple(values), tuple(stmts), location=f.location(rule))
