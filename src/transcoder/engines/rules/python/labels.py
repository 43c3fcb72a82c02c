"""Labelled loops in Python, which has no labels (a mixin of ``PythonBackend``).

``break outer`` from inside inner loops sets a flag and breaks; after each loop that holds such a
jump, ``if break_outer: break`` carries it one loop further out, until the labelled loop itself
breaks. ``continue outer`` does the same with its own flag, and the labelled loop ``continue``s
where the flag arrives (the flag is cleared at the top of each of its iterations). A labelled jump
inside a ``switch`` is refused (the switch's own ``break``s are removed when it becomes ``if``s).
"""

from __future__ import annotations

import dataclasses

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.python.mixin_base import PythonBackendBase

_LOOPS = (ir.While, ir.DoWhile, ir.For, ir.ForEach)


def _set(flag: str) -> ir.Stmt:
    return ir.ExprStmt(
        ir.AssignExpr(ir.Name(flag, type=t.BOOL), ir.BoolLiteral(True, type=t.BOOL), type=t.BOOL)
    )


def _test(flag: str, jump: ir.Stmt) -> ir.Stmt:
    return ir.If(ir.Name(flag, type=t.BOOL), jump)


def _mentions(node: ir.Node, label: str) -> bool:
    return any(isinstance(n, ir.Break | ir.Continue) and n.label == label for n in ir.walk(node))


class LabelStatements(PythonBackendBase):
    """``stmt_Labeled`` of the Python back end."""

    def stmt_Labeled(self, stmt: ir.Labeled) -> None:
        label, loop = stmt.label, stmt.body
        if not isinstance(loop, _LOOPS):
            raise self.unsupported(stmt, "label on a statement other than a loop")
        taken = {n.id for n in ir.walk(self.current) if isinstance(n, ir.Name)} if self.current else set()
        flags = {}
        for kind in ("break", "continue"):
            name = f"{kind}_{label}"
            while name in taken:
                name += "_"
            flags[kind] = name

        def rewrite(node: ir.Stmt, depth: int) -> ir.Stmt:
            """``node`` at ``depth`` loops inside the labelled one, its jumps to ``label`` made plain."""
            if isinstance(node, ir.Break | ir.Continue) and node.label == label:
                kind = "break" if isinstance(node, ir.Break) else "continue"
                if depth == 0:
                    return type(node)(location=node.location)
                return ir.Block((_set(flags[kind]), ir.Break(location=node.location)))
            if isinstance(node, ir.Switch) and _mentions(node, label):
                raise self.unsupported(node, "labelled break or continue inside a switch")
            if isinstance(node, _LOOPS):
                inner = rewrite(node.body, depth + 1)
                if inner is node.body:
                    return node
                rebuilt = dataclasses.replace(node, body=inner)
                after: list[ir.Stmt] = [rebuilt]
                for kind, outer_jump in (("break", ir.Break()), ("continue", ir.Continue())):
                    if flags[kind] in {n.id for n in ir.walk(inner) if isinstance(n, ir.Name)}:
                        after.append(_test(flags[kind], outer_jump if depth == 0 else ir.Break()))
                return ir.Block(tuple(after))
            if isinstance(node, ir.Block):
                body = tuple(rewrite(s, depth) for s in node.body)
                return node if all(a is b for a, b in zip(body, node.body, strict=True)) else ir.Block(body)
            if isinstance(node, ir.If):
                then = rewrite(node.then, depth)
                otherwise = rewrite(node.otherwise, depth) if node.otherwise is not None else None
                if then is node.then and otherwise is node.otherwise:
                    return node
                return dataclasses.replace(node, then=then, otherwise=otherwise)
            if isinstance(node, ir.Labeled | ir.Try) or not _mentions(node, label):
                if _mentions(node, label):
                    raise self.unsupported(node, "labelled break or continue inside this statement")
                return node
            raise self.unsupported(node, "labelled break or continue inside this statement")

        body = rewrite(loop.body, 0)
        used = {n.id for n in ir.walk(body) if isinstance(n, ir.Name)}
        if flags["continue"] in used:
            reset = ir.ExprStmt(
                ir.AssignExpr(
                    ir.Name(flags["continue"], type=t.BOOL), ir.BoolLiteral(False, type=t.BOOL), type=t.BOOL
                )
            )
            body = ir.Block((reset, *(body.body if isinstance(body, ir.Block) else (body,))))
        for kind in ("break", "continue"):
            if flags[kind] in used:
                self.stmt(ir.VarDecl(flags[kind], t.BOOL, ir.BoolLiteral(False, type=t.BOOL)))
        self.stmt(dataclasses.replace(loop, body=body))
