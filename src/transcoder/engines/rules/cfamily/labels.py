"""Labelled loops in C++ and Java (a mixin of ``CFamilyBackend``).

Java prints them as they are (``outer: for ...``, ``break outer;``). C++ has no labelled
``break``/``continue``: ``break outer`` is a ``goto`` to a label just after the loop, and
``continue outer`` one to a label at the end of the loop's body, which the loop's update then
follows as a ``continue`` would (the body is a block of its own, so no jump crosses a
declaration's initialisation). Which of the two a target does: ``ExceptionForms.goto_labels``.
"""

from __future__ import annotations

import dataclasses

from transcoder.engines.rules import ir
from transcoder.engines.rules.cfamily.mixin_base import CFamilyBackendBase

_LOOPS = (ir.While, ir.DoWhile, ir.For, ir.ForEach)


def jumps_to(stmt: ir.Node, label: str, kind: type[ir.Break] | type[ir.Continue]) -> bool:
    """Whether ``stmt`` holds a ``break``/``continue`` naming ``label``."""
    return any(isinstance(node, kind) and node.label == label for node in ir.walk(stmt))


class LabelStatements(CFamilyBackendBase):
    """``stmt_Labeled`` and labelled ``break``/``continue`` of the C-family back ends."""

    def stmt_Labeled(self, stmt: ir.Labeled) -> None:
        if not self.exception_forms().goto_labels:
            self.emit(f"{stmt.label}:")
            self.stmt(stmt.body)
            return
        if isinstance(stmt.body, ir.Block) and not stmt.body.body:  # a label point of our own
            self.emit(f"{stmt.label}:;")
            return
        loop = stmt.body
        if not isinstance(loop, _LOOPS):
            raise self.unsupported(stmt, "label on a statement other than a loop")
        if jumps_to(loop, stmt.label, ir.Continue):
            point = ir.Labeled(f"{stmt.label}_continue", ir.Block(()))
            inner = loop.body if isinstance(loop.body, ir.Block) else ir.Block((loop.body,))
            loop = dataclasses.replace(loop, body=ir.Block((inner, point)))
        self.stmt(loop)
        if jumps_to(loop, stmt.label, ir.Break):
            self.emit(f"{stmt.label}_break:;")

    def stmt_Break(self, stmt: ir.Break) -> None:
        if stmt.label is None:
            self.emit("break;")
        elif self.exception_forms().goto_labels:
            self.emit(f"goto {stmt.label}_break;")
        else:
            self.emit(f"break {stmt.label};")

    def stmt_Continue(self, stmt: ir.Continue) -> None:
        if stmt.label is None:
            self.emit("continue;")
        elif self.exception_forms().goto_labels:
            self.emit(f"goto {stmt.label}_continue;")
        else:
            self.emit(f"continue {stmt.label};")
