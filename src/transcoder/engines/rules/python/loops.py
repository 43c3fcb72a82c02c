"""Loops in the Python back end: ``for i in range(...)`` where exact, ``while`` loops otherwise."""

from __future__ import annotations

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.analysis.names import assigned_names, directly_assigned, names_used
from transcoder.engines.rules.irtools import HEAP_ITERATION, plus
from transcoder.engines.rules.python.mixin_base import PythonBackendBase
from transcoder.engines.rules.python.shapes import (
    ends_with_jump,
    has_side_effects,
    lift_increments,
    loop_step,
    negate,
    pure,
    sorted_container,
    used_outside,
    viewed,
)

L = ir.LibOp
B = ir.BinaryOp
ATOM = 100


class Loops(PythonBackendBase):
    """Printing of ``while``, ``do``-``while``, C-style ``for`` and for-each loops (a mixin of ``PythonBackend``)."""

    def stmt_While(self, stmt: ir.While) -> None:
        pre, post, condition = lift_increments(stmt.condition)
        if pre or post:
            # `while (k--)`: test, then step, every time round (also on the last, failing test).
            self.emit("while True:")
            self.indent += 1
            for inc in pre:
                self.emit(self.incdec_text(inc))
            if post:
                self.emit(f"keep_going = {self.condition_text(condition)}")
                for inc in post:
                    self.emit(self.incdec_text(inc))
                self.emit("if not keep_going:")
            else:
                self.emit(f"if {self.expr(negate(condition))}:")
            self.emit("    break")
            self.loop_stack.append([])
            self.stmt(stmt.body)
            self.loop_stack.pop()
            self.indent -= 1
            return
        self.emit(f"while {self.condition_text(stmt.condition)}:")
        self.loop_stack.append([])
        self.block(stmt.body)
        self.loop_stack.pop()

    def stmt_DoWhile(self, stmt: ir.DoWhile) -> None:
        self.emit("while True:")
        check = f"if {self.expr(negate(stmt.condition))}:"
        self.loop_stack.append([check, "    break"])
        self.indent += 1
        self.stmt(stmt.body)
        self.emit(check)
        self.emit("    break")
        self.indent -= 1
        self.loop_stack.pop()

    def stmt_For(self, stmt: ir.For) -> None:
        header = self.range_header(stmt)
        if header is not None:
            self.emit(header)
            self.loop_stack.append([])
            self.block(stmt.body)
            self.loop_stack.pop()
            return
        for init in stmt.init:
            self.stmt(init)
        condition = self.condition_text(stmt.condition) if stmt.condition is not None else "True"
        self.emit(f"while {condition}:")
        updates: list[str] = []
        saved, saved_indent = self.lines, self.indent
        self.lines, self.indent = [], 0
        for update in stmt.update:
            self.stmt_ExprStmt(ir.ExprStmt(update, location=stmt.location))
        updates = list(self.lines)
        self.lines, self.indent = saved, saved_indent
        self.loop_stack.append(updates)
        self.indent += 1
        before = len(self.lines)
        self.stmt(stmt.body)
        if not ends_with_jump(stmt.body):
            for line in updates:
                self.emit(line)
        if len(self.lines) == before:
            self.emit("pass")
        self.indent -= 1
        self.loop_stack.pop()

    def range_header(self, stmt: ir.For) -> str | None:
        """``for i in range(...):`` when the loop is a counted loop over an int variable."""
        if len(stmt.init) != 1 or len(stmt.update) != 1 or stmt.condition is None:
            return None
        init = stmt.init[0]
        if isinstance(init, ir.VarDecl) and init.init is not None:
            var, start, var_type = init.name, init.init, init.type
            declared = True
        elif (
            isinstance(init, ir.ExprStmt)
            and isinstance(init.expr, ir.AssignExpr)
            and init.expr.op is None
            and isinstance(init.expr.target, ir.Name)
        ):
            var, start, var_type = init.expr.target.id, init.expr.value, init.expr.target.type
            declared = False
        else:
            return None
        if not isinstance(var_type, t.IntType) or has_side_effects(start):
            return None
        step = loop_step(stmt.update[0], var)
        if step is None:
            return None
        condition = stmt.condition
        if not isinstance(condition, ir.Binary) or condition.op not in (B.LT, B.LE, B.GT, B.GE, B.NE):
            return None
        op: ir.BinaryOp = condition.op
        left, right = condition.left, condition.right
        if (
            isinstance(right, ir.Name)
            and right.id == var
            and not (isinstance(left, ir.Name) and left.id == var)
        ):
            left, right = right, left
            op = {B.LT: B.GT, B.LE: B.GE, B.GT: B.LT, B.GE: B.LE, B.NE: B.NE}[op]
        if not (isinstance(left, ir.Name) and left.id == var):
            return None
        bound = right
        body_assigned = assigned_names(stmt.body)
        if var in directly_assigned(stmt.body) or names_used(bound) & body_assigned or not pure(bound):
            return None
        if var in names_used(bound):
            return None
        if not declared and self.current is not None and used_outside(self.name_counts, stmt, var):
            return None
        if op == B.NE:
            if abs(step) != 1:
                return None
            op = B.LT if step > 0 else B.GT
        if (op in (B.LT, B.LE)) != (step > 0):
            return None
        start_text = self.expr(start)
        if isinstance(bound.type, t.FloatType):
            self.imports.add("import math")
            bound_text = f"math.{'floor' if op in (B.LE, B.GE) else 'ceil'}({self.expr(bound)})"
            if op == B.LE:
                bound_text += " + 1"
            elif op == B.GE:
                bound_text += " - 1"
        elif op == B.LE:
            bound_text = self.expr(plus(bound, 1))
        elif op == B.GE:
            bound_text = self.expr(plus(bound, -1))
        else:
            bound_text = self.numeric(bound, 0)
        if isinstance(start.type, t.CharType):
            start_text = self.numeric(start, 0)
        loop_var = self.name(var)
        if step == 1:
            args = bound_text if start_text == "0" else f"{start_text}, {bound_text}"
        else:
            args = f"{start_text}, {bound_text}, {step}"
        return f"for {loop_var} in {self.builtin('range')}({args}):"

    def stmt_ForEach(self, stmt: ir.ForEach) -> None:
        if isinstance(stmt.iterable.type, t.PriorityQueueType):
            raise self.unsupported(stmt, HEAP_ITERATION)
        # C++ map/set and Java TreeMap/TreeSet iterate in key order; a dict or set does not
        text = self.in_order(stmt.iterable)
        if sorted_container(viewed(stmt.iterable)):
            self.check_unchanged_while_sorted(stmt)
        self.emit(f"for {self.name(stmt.name)} in {text}:")
        self.loop_stack.append([])
        self.block(stmt.body)
        self.loop_stack.pop()

    def check_unchanged_while_sorted(self, loop: ir.ForEach) -> None:
        """Refuses a loop over a sorted container that adds or removes its keys: C++ goes on to
        the keys added after the current one, where the sorted copy Python iterates would not.
        Storing into the current key (``m[p.first] = v``) changes no key and is kept."""
        source = viewed(loop.iterable)
        if not isinstance(source, ir.Name):
            return

        def same(expr: ir.Expr | None) -> bool:
            return isinstance(expr, ir.Name) and expr.id == source.id

        def current_key(expr: ir.Expr | None) -> bool:
            if isinstance(expr, ir.LibraryCall) and expr.op == L.PAIR_FIRST:
                expr = expr.args[0]
            return isinstance(expr, ir.Name) and expr.id == loop.name

        for node in ir.walk(loop.body):
            if isinstance(node, ir.LibraryCall) and node.args and same(node.args[0]):
                changes = node.op in (L.SET_ADD, L.SET_REMOVE, L.MAP_REMOVE, L.CLEAR, L.MAP_MERGE) or (
                    node.op == L.MAP_PUT and not current_key(node.args[1])
                )
            else:
                changes = (
                    isinstance(node, ir.Index)
                    and same(node.base)
                    and isinstance(node.base.type, t.MapType)
                    and not current_key(node.index)
                )
            if changes:
                raise self.unsupported(node, "a sorted set or map changed while a loop goes through it")
