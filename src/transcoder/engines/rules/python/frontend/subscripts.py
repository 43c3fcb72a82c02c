"""Indexing and slicing: negative and wrapping indices, lengths, slices of strings and lists."""

from __future__ import annotations

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.python.frontend.base import BuilderBase
from transcoder.engines.rules.python.frontend.irtools import B, L
from transcoder.engines.rules.python.frontend.tree import Syntax, node_text
from transcoder.engines.rules.python.infer import describe, finalize
from transcoder.errors import SourceLocation, UnsupportedConstruct


class Subscripts(BuilderBase):
    def expr_subscript(self, node: Syntax) -> ir.Expr:
        base_node = node.field("value")
        subscripts = [c for c in node.children_by_field_name("subscript")]
        if len(subscripts) != 1:
            raise self.unsupported(node, "subscript with several indices")
        index_node = subscripts[0]
        if base_node.type == "attribute" and node_text(base_node.child_by_field_name("attribute")) == "queue":
            queue = self.expr(base_node.field("object"))  # q.queue[0]: the front of a Queue
            if isinstance(queue.type, t.QueueType) and node_text(index_node) == "0":
                return ir.LibraryCall(L.PEEK, (queue,), type=queue.type.element, location=self.location(node))
        base = self.expr(base_node)
        self.note_sequence(base)
        if isinstance(base, ir.Index) and isinstance(base.type, t.UnknownType):
            self.hint(base, t.ArrayType(t.UNKNOWN))  # a[i][j]: a is a table
        loc = self.location(node)
        if index_node.type == "slice":
            return self.slice(base, index_node, node)
        if isinstance(base.type, t.MapType):
            key = self.expr(index_node)
            if self.final:
                key = self.coerce(key, base.type.key, index_node)
            return ir.Index(base, key, type=base.type.value, location=loc)
        if isinstance(base.type, t.PriorityQueueType):
            index = self.expr(index_node)
            if isinstance(index, ir.IntLiteral) and index.value == 0:
                return ir.LibraryCall(L.PEEK, (base,), type=base.type.element, location=loc)
            raise self.unsupported(node, "indexing a heap other than heap[0]")
        index = self.index_value(base, index_node)
        element = t.CHAR if isinstance(base.type, t.StringType) else t.element_type(base.type)
        return ir.Index(base, index, type=element, location=loc)

    def index_value(self, base: ir.Expr, node: Syntax) -> ir.Expr:
        index = self.expr(node)
        self.hint(index, t.INT)
        if isinstance(index, ir.IntLiteral) and index.value < 0:
            return ir.Binary(B.SUB, self.length_of(base), ir.IntLiteral(-index.value, type=t.INT), type=t.INT)
        if (
            isinstance(index, ir.Binary)
            and index.op == B.SUB
            and isinstance(index.left, ir.Name)
            and isinstance(index.right, ir.IntLiteral)
            and self.loop_starts.get(self.python_name(index.left.id), index.right.value) < index.right.value
        ):
            # `a[i - 1]` in a loop from 0: Python reads the last element on the first pass; so must we.
            index = self.index_expr(index)
            wrapped = ir.Binary(B.ADD, index, self.length_of(base), type=t.INT)
            negative = ir.Binary(B.LT, index, ir.IntLiteral(0, type=t.INT), type=t.BOOL)
            return ir.Conditional(negative, wrapped, index, type=t.INT)
        if self.wrapping_indices and not isinstance(index, ir.IntLiteral) and not self.non_negative(index):
            # Inside a guarded try, an index from -len to len - 1 reads as Python reads it.
            index = self.index_expr(index)
            wrapped = ir.Binary(B.ADD, index, self.length_of(base), type=t.INT)
            negative = ir.Binary(B.LT, index, ir.IntLiteral(0, type=t.INT), type=t.BOOL)
            return ir.Conditional(negative, wrapped, index, type=t.INT)
        return self.index_expr(index)

    def index_expr(self, index: ir.Expr) -> ir.Expr:
        if not self.final:
            return index
        if isinstance(index.type, t.BoolType):
            return ir.Cast(index, type=t.INT)
        if isinstance(index.type, t.IntType) and index.type.bits != 32:
            if isinstance(index, ir.IntLiteral):
                return ir.IntLiteral(index.value, type=t.INT)
            return ir.Cast(index, type=t.INT)
        if isinstance(index.type, t.FloatType):
            raise UnsupportedConstruct("rules engine: a float used as an index", index.location)
        return index

    def length_of(self, sequence: ir.Expr) -> ir.Expr:
        if isinstance(sequence.type, t.StringType):
            return ir.LibraryCall(L.STR_LEN, (sequence,), type=t.INT)
        if (
            not self.module.forms.arrays_know_length
            and isinstance(sequence, ir.Name)
            and isinstance(sequence.type, t.ArrayType)
        ):
            python_name = self.python_name(sequence.id)
            if python_name in self.length_params:
                length_name = self.length_params[python_name]
                self.warn(
                    f"C++ arrays do not know their length: len({python_name}) is taken to be {length_name}"
                )
                return ir.Name(self.rename(length_name), type=self.var_type(length_name))
            later = (
                self.types.params[self.types.params.index(python_name) + 1 :]
                if python_name in self.types.params
                else []
            )
            following = [p for p in later if isinstance(self.param_type(p), t.IntType)]
            if self.final and following and following[0] in self.positions:
                # The C++ back end would read the next int parameter as the length (GfG's convention).
                raise UnsupportedConstruct(
                    f"rules engine: len({python_name}) of a C++ array parameter whose length is not "
                    f"passed ('{following[0]}' is an index); a --signature with a vector says how",
                    sequence.location,
                )
        return ir.LibraryCall(L.LEN, (sequence,), type=t.INT)

    def slice(self, base: ir.Expr, node: Syntax, whole: Syntax) -> ir.Expr:
        parts: list[Syntax | None] = [None, None, None]
        position = 0
        for child in node.children:
            if child.type == ":":
                position += 1
            elif child.is_named:
                parts[position] = child
        start_node, stop_node, step_node = parts
        loc = self.location(whole)
        if step_node is not None:
            step = self.expr(step_node)
            if (
                isinstance(step, ir.IntLiteral)
                and step.value == -1
                and start_node is None
                and stop_node is None
            ):
                return self.reversed_copy(base, whole)
            raise self.unsupported(whole, "slice with a step")
        if isinstance(base.type, t.UnknownType):
            return ir.Index(base, self.int_literal(0), type=t.UNKNOWN, location=loc)
        start = self.slice_bound(base, start_node) if start_node is not None else ir.IntLiteral(0, type=t.INT)
        stop = self.slice_bound(base, stop_node) if stop_node is not None else None
        if isinstance(base.type, t.StringType):
            return ir.LibraryCall(L.SUBSTRING, (base, start, stop), type=t.STRING, location=loc)
        if isinstance(base.type, t.ArrayType | t.ListType) and isinstance(base, ir.Name):
            return self.list_slice(base, start, stop, loc)
        raise self.unsupported(whole, f"slice of a {describe(base.type)}")

    def list_slice(self, base: ir.Name, start: ir.Expr, stop: ir.Expr | None, loc: SourceLocation) -> ir.Expr:
        """``a[i:j]`` of a list: a new list filled by a loop (the end clamped to the length, as in Python)."""
        element = t.element_type(base.type)
        type_ = t.ListType(finalize(element) if self.final else element)
        length = self.length_of(base)
        end = length if stop is None else ir.LibraryCall(L.MIN, (stop, length), type=t.INT)
        part = ir.Name(self.fresh("part"), type=type_)
        counter = ir.Name(self.fresh("k"), type=t.INT)
        append = ir.LibraryCall(L.LIST_APPEND, (part, ir.Index(base, counter, type=element)), type=t.VOID)
        self.pre += [
            ir.VarDecl(part.id, type_, ir.NewContainer(type=type_), location=loc),
            ir.For(
                (ir.VarDecl(counter.id, t.INT, start),),
                ir.Binary(B.LT, counter, end, type=t.BOOL),
                (ir.IncDec(counter, 1, False, type=t.INT),),
                ir.Block((ir.ExprStmt(append),)),
                location=loc,
            ),
        ]
        return part

    def slice_bound(self, base: ir.Expr, node: Syntax) -> ir.Expr:
        value = self.expr(node)
        if isinstance(value, ir.IntLiteral) and value.value < 0:
            return ir.Binary(B.SUB, self.length_of(base), ir.IntLiteral(-value.value, type=t.INT), type=t.INT)
        return self.index_expr(value)

    def reversed_copy(self, base: ir.Expr, node: Syntax) -> ir.Expr:
        loc = self.location(node)
        if not isinstance(base.type, t.StringType | t.UnknownType):
            raise self.unsupported(node, f"reversed slice of a {describe(base.type)}")
        temp = self.fresh("reversed")
        self.pre.append(ir.VarDecl(temp, t.STRING, base, location=loc))
        name = ir.Name(temp, type=t.STRING)
        self.pre.append(ir.ExprStmt(ir.LibraryCall(L.REVERSE, (name, None, None), type=t.VOID), location=loc))
        return name

    def slice_bounds(self, node: Syntax) -> tuple[ir.Expr, ir.Expr, ir.Expr] | None:
        """``a[i:j]`` (no step) on an array or list as (a, i, j), for sum/min/max over a range."""
        if node.type != "subscript":
            return None
        index = node.child_by_field_name("subscript")
        if index is None or index.type != "slice" or sum(1 for c in index.children if c.type == ":") != 1:
            return None
        base = self.expr(node.field("value"))
        if not isinstance(base.type, t.ArrayType | t.ListType):
            return None
        parts: list[Syntax | None] = [None, None]
        position = 0
        for child in index.children:
            if child.type == ":":
                position += 1
            elif child.is_named:
                parts[position] = child
        begin = self.slice_bound(base, parts[0]) if parts[0] is not None else ir.IntLiteral(0, type=t.INT)
        end = self.slice_bound(base, parts[1]) if parts[1] is not None else self.length_of(base)
        return base, begin, end
