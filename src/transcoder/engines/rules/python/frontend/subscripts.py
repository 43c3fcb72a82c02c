"""Indexing and slicing: negative and wrapping indices, lengths, slices of strings and lists."""

from __future__ import annotations

from collections.abc import Callable

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.analysis.nonneg_indices import Proofs, non_negative_indices
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
        if base_node.type == "attribute" and node_text(base_node.field("attribute")) == "queue":
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
        if isinstance(base.type, t.PairType):
            index = self.expr(index_node)
            if not isinstance(index, ir.IntLiteral) or index.value not in (0, 1, -1, -2):
                raise self.unsupported(node, "a pair indexed by other than 0 or 1")
            first = index.value in (0, -2)
            return ir.LibraryCall(
                L.PAIR_FIRST if first else L.PAIR_SECOND,
                (base,),
                type=base.type.first if first else base.type.second,
                location=loc,
            )
        if isinstance(base.type, t.TupleType):
            return self.tuple_position(base, index_node, node)  # tuples.py
        if isinstance(base.type, t.PriorityQueueType):
            index = self.expr(index_node)
            if isinstance(index, ir.IntLiteral) and index.value == 0:
                return ir.LibraryCall(L.PEEK, (base,), type=base.type.element, location=loc)
            raise self.unsupported(node, "indexing a heap other than heap[0]")
        index = self.index_value(base, index_node)
        element = t.CHAR if isinstance(base.type, t.StringType) else t.element_type(base.type)
        return ir.Index(base, index, type=element, location=loc)

    def index_value(self, base: ir.Expr, node: Syntax) -> ir.Expr:
        """The index ``node`` of ``base`` as C++/Java read it: Python counts a negative index from the
        end, so an index not proven non-negative (``non_negative``, or the range analysis of the last
        inference build: ``analysis.nonneg_indices``) is printed through ``PY_INDEX``."""
        index = self.expr(node)
        self.hint(index, t.INT)
        if isinstance(index, ir.IntLiteral):
            if index.value < 0:
                return ir.Binary(B.SUB, self.length_of(base), ir.IntLiteral(-index.value, type=t.INT), type=t.INT)
            return self.index_expr(index)
        if not self.final:
            # Inference builds read the length only where an index was always wrapped (a guarded
            # try, a whole program, `a[i - 1]` in a loop from 0): what they learn of lengths
            # decides how arrays are passed.
            if self.wrapping_indices or self.module.program or self.below_loop_start(index):
                return ir.LibraryCall(L.PY_INDEX, (index, self.length_of(base)), type=t.INT)
            return index
        if self.non_negative(index) or self.index_proven(node):
            return self.index_expr(index)
        return ir.LibraryCall(L.PY_INDEX, (self.index_expr(index), self.length_of(base)), type=t.INT)

    def below_loop_start(self, index: ir.Expr) -> bool:
        """``i - c`` for the counter ``i`` of a loop from below ``c`` (negative on its first passes)."""
        return (
            isinstance(index, ir.Binary)
            and index.op == B.SUB
            and isinstance(index.left, ir.Name)
            and isinstance(index.right, ir.IntLiteral)
            and self.loop_starts.get(self.python_name(index.left.id), index.right.value) < index.right.value
        )

    def index_proven(self, node: Syntax) -> bool:
        """Whether the range analysis of the last inference build shows the index ``node`` (of a
        subscript) never negative."""
        subscript = node.parent
        if subscript is None or self.previous is None:
            return False
        where = subscript.location
        return (where.line, where.column) in self.proofs().indices

    def proofs(self) -> Proofs:
        """What the range analysis of the last inference build shows (the final build only)."""
        if self.proven is None:
            assert self.previous is not None
            self.proven = non_negative_indices(self.previous, tuple(self.module.globals.values()))
        return self.proven

    def list_size(self, node: Syntax) -> ir.Expr:
        """The size ``node`` of a new list (``[0] * n``, ``[... for _ in range(n)]``): Python makes an
        empty list of a negative size, where C++ and Java throw, so the size is clamped at 0 unless
        shown non-negative."""
        size = self.expr(node)
        if not self.final or isinstance(size, ir.IntLiteral) or self.non_negative(size):
            return self.index_expr(size)
        while node.type == "parenthesized_expression" and node.named_children:
            node = node.named_children[0]
        where = node.location
        if self.previous is not None and (where.line, where.column) in self.proofs().sizes:
            return self.index_expr(size)
        # clamped in the size's own width: a 64-bit size below -2**31 is an empty list too
        kind = size.type if isinstance(size.type, t.IntType) and size.type.bits == 64 else t.INT
        zero = ir.IntLiteral(0, type=kind)
        return self.index_expr(ir.LibraryCall(L.MAX, (zero, size), type=kind, location=size.location))

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
                self.lengths_read.add(python_name)
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
        if isinstance(base.type, t.StringType):
            base = self.stable(base, "text", loc)
            start, stop = self.slice_range(base, start_node, stop_node)
            return ir.LibraryCall(L.SUBSTRING, (base, start, stop), type=t.STRING, location=loc)
        if isinstance(base.type, t.ArrayType | t.ListType) and isinstance(base, ir.Name):
            start, stop = self.slice_range(base, start_node, stop_node)
            return self.list_slice(base, start, stop, loc)
        raise self.unsupported(whole, f"slice of a {describe(base.type)}")

    def list_slice(self, base: ir.Name, start: ir.Expr, stop: ir.Expr | None, loc: SourceLocation) -> ir.Expr:
        """``a[i:j]`` of a list (bounds from ``slice_range``): a new list filled by a loop."""
        element = t.element_type(base.type)
        type_ = t.ListType(finalize(element) if self.final else element)
        end = self.length_of(base) if stop is None else stop
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

    def delete_statement(self, node: Syntax) -> list[ir.Stmt]:
        """``del a[i]`` and ``del a[i:j]`` of a list, ``del d[k]`` of a dict, each target in turn,
        raising where Python raises (an index out of range, a missing key)."""
        targets = [c for c in node.named_children if c.type != "comment"]
        if len(targets) == 1 and targets[0].type == "expression_list":
            targets = [c for c in targets[0].named_children if c.type != "comment"]
        statements: list[ir.Stmt] = []
        for target in targets:
            subscripts = target.children_by_field_name("subscript") if target.type == "subscript" else []
            if len(subscripts) != 1:
                raise self.unsupported(node, f"delete statement '{node_text(node)[:40]}'")
            statements += self.flush(self.deleted(target, subscripts[0]))
        return statements

    def deleted(self, target: Syntax, index_node: Syntax) -> list[ir.Stmt]:
        """The statements of one ``del base[index]``."""
        loc = self.location(target)
        base = self.expr(target.field("value"))
        if isinstance(base, ir.Name) and isinstance(base.type, t.ListType | t.ArrayType):
            self.observations.grows.add(self.python_name(base.id))  # it changes length: not an array
        if isinstance(base.type, t.UnknownType) and not self.final:
            return []
        if isinstance(base.type, t.MapType):
            key = self.expr(index_node)
            if self.final:
                key = self.coerce(key, base.type.key, index_node)
            key = self.stable(key, "key", loc)
            missing = ir.Unary(
                ir.UnaryOp.NOT, ir.LibraryCall(L.CONTAINS, (base, key), type=t.BOOL), type=t.BOOL
            )
            return [
                ir.If(missing, ir.Block((ir.Throw("key", None, location=loc),)), location=loc),
                ir.ExprStmt(ir.LibraryCall(L.MAP_REMOVE, (base, key), type=t.VOID), location=loc),
            ]
        if not isinstance(base.type, t.ListType) or not isinstance(base, ir.Name):
            raise self.unsupported(target, f"del of an element of a {describe(base.type)}")
        if index_node.type == "slice":
            return self.deleted_slice(base, index_node, loc)
        index = self.stable(self.index_expr(self.expr(index_node)), "position", loc)
        length = self.length_of(base)
        zero = ir.IntLiteral(0, type=t.INT)
        position = ir.Name(self.fresh("at"), type=t.INT)
        if isinstance(index, ir.IntLiteral) and index.value < 0:
            wrapped: ir.Expr = ir.Binary(B.SUB, length, ir.IntLiteral(-index.value, type=t.INT), type=t.INT)
        elif isinstance(index, ir.IntLiteral) or self.non_negative(index):
            wrapped = index
        else:
            negative = ir.Binary(B.LT, index, zero, type=t.BOOL)
            wrapped = ir.Conditional(negative, ir.Binary(B.ADD, index, length, type=t.INT), index, type=t.INT)
        outside = ir.Binary(
            B.OR,
            ir.Binary(B.LT, position, zero, type=t.BOOL),
            ir.Binary(B.GE, position, length, type=t.BOOL),
            type=t.BOOL,
        )
        return [
            ir.VarDecl(position.id, t.INT, wrapped, location=loc),
            ir.If(outside, ir.Block((ir.Throw("index", None, location=loc),)), location=loc),
            ir.ExprStmt(ir.LibraryCall(L.LIST_REMOVE_AT, (base, position), type=t.VOID), location=loc),
        ]

    def deleted_slice(self, base: ir.Name, node: Syntax, loc: SourceLocation) -> list[ir.Stmt]:
        """``del a[i:j]``: the elements of Python's (clamped) slice removed, one at a time."""
        parts: list[Syntax | None] = [None, None, None]
        position = 0
        for child in node.children:
            if child.type == ":":
                position += 1
            elif child.is_named:
                parts[position] = child
        if parts[2] is not None:
            raise self.unsupported(node, "del of a slice with a step")
        start, stop = self.slice_range(base, parts[0], parts[1])
        begin = ir.Name(self.fresh("begin"), type=t.INT)
        left = ir.Name(self.fresh("count"), type=t.INT)
        end = stop if stop is not None else self.length_of(base)
        zero = ir.IntLiteral(0, type=t.INT)
        one = ir.IntLiteral(1, type=t.INT)
        self.pre += [
            ir.VarDecl(begin.id, t.INT, start, location=loc),
            ir.VarDecl(left.id, t.INT, ir.Binary(B.SUB, end, begin, type=t.INT), location=loc),
        ]
        removal = ir.Block(
            (
                ir.ExprStmt(ir.LibraryCall(L.LIST_REMOVE_AT, (base, begin), type=t.VOID)),
                ir.ExprStmt(ir.AssignExpr(left, one, op=B.SUB, type=t.INT)),
            )
        )
        return [ir.While(ir.Binary(B.GT, left, zero, type=t.BOOL), removal, location=loc)]

    def slice_range(
        self, base: ir.Expr, start_node: Syntax | None, stop_node: Syntax | None
    ) -> tuple[ir.Expr, ir.Expr | None]:
        """Start and stop of ``base[start:stop]`` as Python takes them, ``0 <= start <= stop <= len``:
        a negative bound counts from the end, a bound past either end is clamped to it, and a stop
        before the start is the start (an empty slice). Clamps are left out where the bound is
        provably in range. A stop of None is the end."""
        length = self.length_of(base)
        zero = ir.IntLiteral(0, type=t.INT)
        start_raw = self.expr(start_node) if start_node is not None else zero
        start = self.slice_bound(start_raw, length)
        if stop_node is None:
            return start, None
        stop_raw = self.expr(stop_node)
        stop = self.slice_bound(stop_raw, length)
        if not _ordered(start_raw, stop_raw, self.non_negative):
            start = self.stable(start, "begin", self.location(start_node or stop_node))
            stop = ir.LibraryCall(L.MAX, (stop, start), type=t.INT)
        return start, stop

    def slice_bound(self, value: ir.Expr, length: ir.Expr) -> ir.Expr:
        """One slice bound mapped into ``[0, length]`` as Python maps it."""
        zero = ir.IntLiteral(0, type=t.INT)

        def at_most_length(bound: ir.Expr) -> ir.Expr:
            if self.within_length(bound, length):
                return bound
            return ir.LibraryCall(L.MIN, (bound, length), type=t.INT)

        if isinstance(value, ir.IntLiteral):
            if value.value >= 0:
                return at_most_length(ir.IntLiteral(value.value, type=t.INT, location=value.location))
            back = ir.Binary(B.SUB, length, ir.IntLiteral(-value.value, type=t.INT), type=t.INT)
            return ir.LibraryCall(L.MAX, (back, zero), type=t.INT)
        if self.final and value.type == t.LONG:  # clamped as a long: the result, in [0, length], is an int
            return ir.Cast(self.clamped(value, length, t.LONG), type=t.INT)  # (issue 12: (int) truncated it)
        value = self.index_expr(value)
        if self.non_negative(value):
            return at_most_length(value)
        return self.clamped(value, length, t.INT)

    def clamped(self, value: ir.Expr, length: ir.Expr, kind: t.Type) -> ir.Expr:
        """``value`` (of ``kind``) mapped into ``[0, length]``: from the end where negative."""
        zero = ir.IntLiteral(0, type=kind)
        value = self.stable(value, "bound", value.location or self.location(self.node))
        from_end = ir.LibraryCall(L.MAX, (ir.Binary(B.ADD, value, length, type=kind), zero), type=kind)
        at_most = value if self.within_length(value, length) else ir.LibraryCall(L.MIN, (value, length), type=kind)
        return ir.Conditional(ir.Binary(B.LT, value, zero, type=t.BOOL), from_end, at_most, type=kind)

    def within_length(self, value: ir.Expr, length: ir.Expr) -> bool:
        """Whether ``value <= length`` is known: the length itself, or a counter of a loop up to it
        (``for i in range(len(s))``: ``i`` and ``i + 1``)."""
        if isinstance(value, ir.IntLiteral) and value.value == 0:
            return True
        key = length_key(length)
        if key is not None and length_key(value) == key:
            return True
        name, offset = _name_plus(value)
        if name is None:
            return False
        limit = self.loop_limits.get(self.python_name(name))
        # the counter is below len + c, so at most len + c - 1
        return limit is not None and limit[0] == key and limit[1] - 1 + offset <= 0

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
        begin, end = self.slice_range(base, parts[0], parts[1])
        return base, begin, end if end is not None else self.length_of(base)


def length_key(expr: ir.Expr) -> tuple[str, str] | None:
    """What a length expression measures, comparable across builds: ``len(s)`` or a length parameter."""
    if isinstance(expr, ir.Cast):
        expr = expr.operand
    if isinstance(expr, ir.LibraryCall) and expr.op in (L.LEN, L.STR_LEN) and isinstance(expr.args[0], ir.Name):
        return ("len", expr.args[0].id)
    if isinstance(expr, ir.Name):
        return ("name", expr.id)
    return None


def _name_plus(expr: ir.Expr) -> tuple[str | None, int]:
    """``i``, ``i + c`` or ``i - c`` as (i, c)."""
    if isinstance(expr, ir.Name):
        return expr.id, 0
    if (
        isinstance(expr, ir.Binary)
        and expr.op in (B.ADD, B.SUB)
        and isinstance(expr.left, ir.Name)
        and isinstance(expr.right, ir.IntLiteral)
    ):
        return expr.left.id, expr.right.value if expr.op == B.ADD else -expr.right.value
    return None, 0


def _ordered(start: ir.Expr, stop: ir.Expr, non_negative: Callable[[ir.Expr], bool]) -> bool:
    """Whether slice bounds as written are known to satisfy ``start <= stop`` once clamped (clamping
    is monotone among bounds of one sign)."""
    if isinstance(start, ir.IntLiteral) and start.value == 0:
        return True
    if isinstance(start, ir.IntLiteral) and isinstance(stop, ir.IntLiteral):
        return (start.value < 0) == (stop.value < 0) and start.value <= stop.value
    first, second = _name_plus(start), _name_plus(stop)
    return (
        first[0] is not None
        and first[0] == second[0]
        and first[1] <= second[1]
        and non_negative(start)
        and non_negative(stop)
    )
