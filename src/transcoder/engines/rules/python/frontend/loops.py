"""``for`` loops: over ``range()``, ``enumerate()``, sequences, dict keys and items."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.analysis.names import names_used
from transcoder.engines.rules.python.frontend.base import BuilderBase
from transcoder.engines.rules.python.frontend.irtools import (
    B,
    L,
    ascending_step,
    has_call,
    is_constant,
    join_all,
)
from transcoder.engines.rules.python.frontend.subscripts import length_key
from transcoder.engines.rules.python.frontend.syntax import assigned_in
from transcoder.engines.rules.python.frontend.tree import Syntax, node_text
from transcoder.engines.rules.python.infer import finalize
from transcoder.errors import SourceLocation


class Loops(BuilderBase):
    def for_statement(self, node: Syntax) -> list[ir.Stmt]:
        left, right, body = (
            node.field("left"),
            node.field("right"),
            node.field("body"),
        )
        def local(name: str) -> bool:
            return (node.id, name) in self.plan.loop_local

        def inner() -> list[ir.Stmt]:
            self.loop_depth += 1
            statements = self.block(body)
            self.loop_depth -= 1
            return statements

        return self.flush(self.loop(left, right, inner, node, local=local))

    def loop(
        self,
        left: Syntax,
        right: Syntax,
        body: Callable[[], list[ir.Stmt]],
        node: Syntax,
        *,
        local: Callable[[str], bool],
    ) -> list[ir.Stmt]:
        """A loop binding the names of ``left``; ``local(name)``: the name is used only inside the
        loop (else it keeps the last value taken after the loop, as in Python)."""
        loc = self.location(node)
        if right.type == "call" and node_text(right.field("function")) == "range":
            if left.type != "identifier":
                raise self.unsupported(left, "unpacking a range")
            return self.range_loop(node_text(left), right, body, loc, local=local(node_text(left)))
        if (
            right.type == "call"
            and node_text(right.field("function")) == "enumerate"
            and left.type in ("pattern_list", "tuple_pattern")
        ):
            return self.enumerate_loop(left, right, body, loc, local)
        if (
            right.type == "call"
            and node_text(right.field("function")) == "zip"
            and "zip" not in self.types.variables
            and left.type in ("pattern_list", "tuple_pattern")
        ):
            return self.zip_loop(left, right, body, node, local)
        mark = len(self.pre)  # statements pending before this loop (an earlier fold's) stay there
        iterable = self.expr(right)
        pre = self.pre[mark:]
        del self.pre[mark:]
        self.note_sequence(iterable)
        if left.type in ("pattern_list", "tuple_pattern"):
            return [*pre, *self.items_loop(left, iterable, body, loc, local=local)]
        if left.type != "identifier":
            raise self.unsupported(left, "for loop target")
        return [*pre, *self.each_loop(node_text(left), iterable, body, loc, local=local(node_text(left)))]

    def items_loop(
        self,
        left: Syntax,
        iterable: ir.Expr,
        body: Callable[[], list[ir.Stmt]],
        loc: SourceLocation,
        *,
        local: Callable[[str], bool],
    ) -> list[ir.Stmt]:
        """``for k, v in d.items()``: a loop over the map's entries binding both names."""
        names = [node_text(n) for n in left.named_children]
        items = isinstance(iterable, ir.LibraryCall) and iterable.op == L.MAP_ITEMS
        if len(names) == 2 and not items and isinstance(t.element_type(iterable.type), t.PairType):
            return self.pairs_loop(names, iterable, body, loc, local=local)
        element = t.element_type(iterable.type)
        if not items and isinstance(element, t.TupleType) and len(element.elements) == len(names):
            return self.tuples_loop(names, iterable, body, loc, local=local)  # tuples.py
        if len(names) != 2 or not (isinstance(iterable, ir.LibraryCall) and iterable.op == L.MAP_ITEMS):
            raise self.unsupported(left, "unpacking in a for loop other than dict.items() and enumerate()")
        mapping = iterable.args[0]
        assert mapping is not None
        map_type = mapping.type if isinstance(mapping.type, t.MapType) else t.MapType(t.UNKNOWN, t.UNKNOWN)
        entry = self.fresh("entry")
        for name, type_ in zip(names, (map_type.key, map_type.value), strict=True):
            self.see(name, type_)
        entry_type = t.PairType(map_type.key, map_type.value)
        entry_name = ir.Name(entry, type=entry_type)
        unpack: list[ir.Stmt] = [
            self.bind(
                names[0], ir.LibraryCall(L.PAIR_FIRST, (entry_name,), type=map_type.key), local(names[0]), loc
            ),
            self.bind(
                names[1], ir.LibraryCall(L.PAIR_SECOND, (entry_name,), type=map_type.value), local(names[1]), loc
            ),
        ]
        statements = body()
        if not self.final and isinstance(mapping, ir.Name) and t.UNKNOWN in (map_type.key, map_type.value):
            # what the body learns of the key and the value is what the map holds
            learned = t.MapType(self.var_type(names[0]), self.var_type(names[1]))
            self.see(self.python_name(mapping.id), learned)
        return [ir.ForEach(entry, entry_type, mapping, ir.Block(tuple(unpack + statements)), location=loc)]

    def pairs_loop(
        self,
        names: list[str],
        iterable: ir.Expr,
        body: Callable[[], list[ir.Stmt]],
        loc: SourceLocation,
        *,
        local: Callable[[str], bool],
    ) -> list[ir.Stmt]:
        """``for a, b in pairs``: each pair's parts bound to the names."""
        pair = t.element_type(iterable.type)
        assert isinstance(pair, t.PairType)
        for name, type_ in zip(names, (pair.first, pair.second), strict=True):
            self.see(name, type_)
        item = ir.Name(self.fresh("pair"), type=pair)
        unpack = [
            self.bind(names[0], ir.LibraryCall(L.PAIR_FIRST, (item,), type=pair.first), local(names[0]), loc),
            self.bind(names[1], ir.LibraryCall(L.PAIR_SECOND, (item,), type=pair.second), local(names[1]), loc),
        ]
        return [ir.ForEach(item.id, pair, iterable, ir.Block(tuple(unpack + body())), location=loc)]

    def each_loop(
        self,
        name: str,
        iterable: ir.Expr,
        body: Callable[[], list[ir.Stmt]],
        loc: SourceLocation,
        *,
        local: bool,
    ) -> list[ir.Stmt]:
        """``for x in iterable`` over a sequence, a set, or a dict's keys."""
        length = self.length_of(iterable) if isinstance(iterable.type, t.ArrayType) else None
        if not self.module.forms.arrays_know_length and isinstance(length, ir.Name):
            return self.c_array_loop(name, iterable, length, body, loc, local=local)
        part = L.PAIR_FIRST
        if (
            not self.module.forms.maps_iterate_keys
            and isinstance(iterable, ir.LibraryCall)
            and iterable.op in (L.MAP_KEYS, L.MAP_VALUES)
        ):
            part = L.PAIR_FIRST if iterable.op == L.MAP_KEYS else L.PAIR_SECOND
            iterable = iterable.args[0]  # type: ignore[assignment]
        if isinstance(iterable.type, t.MapType) and not self.module.forms.maps_iterate_keys:
            return self.cpp_map_loop(name, iterable, part, body, loc, local=local)
        if isinstance(iterable.type, t.MapType):
            element_type = iterable.type.key
            iterable = ir.LibraryCall(L.MAP_KEYS, (iterable,), type=t.SetType(element_type), location=loc)
        else:
            element_type = t.element_type(iterable.type)
        self.see(name, element_type, loc)
        known = self.var_type(name)
        if (
            isinstance(element_type, t.UnknownType)
            and isinstance(iterable, ir.Name)
            and not isinstance(known, t.UnknownType)
        ):
            # The loop variable's uses typed it: so are the elements of what it walks over.
            walked = iterable.type
            container: t.Type
            if isinstance(walked, t.SetType | t.ListType | t.ArrayType):
                container = dataclasses.replace(walked, element=known)
            else:
                container = t.STRING if isinstance(known, t.CharType) else t.ArrayType(known)
            self.see(self.python_name(iterable.id), container, loc)
        var_type = self.var_type(name) if self.final else element_type
        if local:
            return [ir.ForEach(self.rename(name), var_type, iterable, ir.Block(tuple(body())), location=loc)]
        counter = self.fresh(name + "_")
        assign = ir.ExprStmt(
            ir.AssignExpr(
                ir.Name(self.rename(name), type=var_type), ir.Name(counter, type=element_type), type=var_type
            )
        )
        return [ir.ForEach(counter, element_type, iterable, ir.Block((assign, *body())), location=loc)]

    def c_array_loop(
        self,
        name: str,
        iterable: ir.Expr,
        length: ir.Name,
        body: Callable[[], list[ir.Stmt]],
        loc: SourceLocation,
        *,
        local: bool,
    ) -> list[ir.Stmt]:
        """A C array does not know its length: loop over the indices up to its length parameter."""
        element_type = t.element_type(iterable.type)
        self.see(name, element_type, loc)
        index = ir.Name(self.fresh("i"), type=t.INT)
        element = ir.Index(iterable, index, type=element_type)
        statements = (self.bind(name, element, local, loc), *body())
        init = ir.VarDecl(index.id, t.INT, ir.IntLiteral(0, type=t.INT))
        condition = ir.Binary(B.LT, index, self.coerce(length, t.INT, None), type=t.BOOL)
        step = ir.IncDec(index, 1, False, type=t.INT)
        return [ir.For((init,), condition, (step,), ir.Block(statements), location=loc)]

    def cpp_map_loop(
        self,
        name: str,
        mapping: ir.Expr,
        part: ir.LibOp,
        body: Callable[[], list[ir.Stmt]],
        loc: SourceLocation,
        *,
        local: bool,
    ) -> list[ir.Stmt]:
        """``for key in d`` (or its keys or values): C++ iterates over (key, value) pairs."""
        map_type = mapping.type
        assert isinstance(map_type, t.MapType)
        part_type = map_type.key if part == L.PAIR_FIRST else map_type.value
        self.see(name, part_type, loc)
        entry = self.fresh("entry")
        entry_type = t.PairType(map_type.key, map_type.value)
        key = ir.LibraryCall(part, (ir.Name(entry, type=entry_type),), type=part_type)
        return [
            ir.ForEach(
                entry,
                entry_type,
                mapping,
                ir.Block((self.bind(name, key, local, loc), *body())),
                location=loc,
            )
        ]

    def bind(self, name: str, value: ir.Expr, local: bool, loc: SourceLocation) -> ir.Stmt:
        type_ = self.var_type(name) if self.final else value.type
        if local:
            return ir.VarDecl(self.rename(name), type_, value, location=loc)
        return ir.ExprStmt(
            ir.AssignExpr(ir.Name(self.rename(name), type=type_), value, type=type_), location=loc
        )

    def range_loop(
        self,
        name: str,
        call: Syntax,
        body: Callable[[], list[ir.Stmt]],
        loc: SourceLocation,
        *,
        local: bool,
    ) -> list[ir.Stmt]:
        start, stop, step = self.range_arguments(name, call)
        bounds = join_all([self.observed(start), self.observed(stop)])
        counter_type = t.LONG if isinstance(bounds, t.IntType) and bounds.bits == 64 else t.INT
        self.see(name, counter_type, loc)
        var_type = self.var_type(name) if self.final else counter_type
        if self.final and not isinstance(var_type, t.IntType):
            var_type = t.INT
        ascending_from = start.value if isinstance(start, ir.IntLiteral) and ascending_step(step) else None
        outer_start = self.loop_starts.pop(name, None)
        if ascending_from is not None:
            self.loop_starts[name] = ascending_from
        outer_limit = self.loop_limits.pop(name, None)
        limit = self.counter_limit(name, stop, step, call)
        if limit is not None:
            self.loop_limits[name] = limit
        statements = body()
        self.loop_starts.pop(name, None)
        if outer_start is not None:
            self.loop_starts[name] = outer_start
        self.loop_limits.pop(name, None)
        if outer_limit is not None:
            self.loop_limits[name] = outer_limit
        bindings = self.loop_bindings.of(statements)
        rebound = name in bindings[0]
        pre: list[ir.Stmt] = []
        # Python evaluates the bound once; C re-evaluates it, so keep it in a variable when the body changes it.
        if not is_constant(stop) and (names_used(stop) & bindings[1] or has_call(stop)):
            bound = self.fresh("end")
            value = stop if not self.final else self.coerce(stop, var_type, None)
            pre.append(ir.VarDecl(bound, var_type, value, location=loc))
            stop = ir.Name(bound, type=var_type)
        if self.final:
            start = self.coerce(start, var_type, None)
            stop = self.coerce(stop, var_type, None)
        counter = self.rename(name) if local and not rebound else self.fresh(name + "_")
        counter_name = ir.Name(counter, type=var_type)
        ascending = not isinstance(step, ir.IntLiteral) or step.value > 0
        condition = ir.Binary(B.LT if ascending else B.GT, counter_name, stop, type=t.BOOL)
        header: list[ir.Node] = []
        if counter != self.rename(name):
            assign = ir.ExprStmt(
                ir.AssignExpr(ir.Name(self.rename(name), type=var_type), counter_name, type=var_type)
            )
            statements = [assign, *statements]
            header.append(assign)
        init = ir.VarDecl(counter, var_type, start, location=loc)
        update = _range_update(counter_name, step, var_type)
        loop = ir.For((init,), condition, (update,), ir.Block(tuple(statements)), location=loc)
        self.loop_bindings.remember(loop, bindings, [init, condition, update, *header])
        return [*pre, loop]

    def counter_limit(
        self, name: str, stop: ir.Expr, step: ir.Expr, call: Syntax
    ) -> tuple[tuple[str, str], int] | None:
        """``(length, c)`` when the counter of ``for name in range(..., length + c)`` stays below
        ``length + c`` in the body: it counts up, and the body rebinds neither it nor the sequence
        measured."""
        loop = call.parent
        if loop is None or loop.type != "for_statement" or not ascending_step(step):
            return None
        offset = 0
        if isinstance(stop, ir.Binary) and stop.op in (B.ADD, B.SUB) and isinstance(stop.right, ir.IntLiteral):
            offset = stop.right.value if stop.op == B.ADD else -stop.right.value
            stop = stop.left
        key = length_key(stop)
        if key is None:
            return None
        rebound = assigned_in(loop)
        if name in rebound or self.python_name(key[1]) in rebound:
            return None
        return key, offset

    def range_arguments(self, name: str, call: Syntax) -> tuple[ir.Expr, ir.Expr, ir.Expr]:
        """Start, stop and step of ``range(...)`` (a step whose sign is not known is refused)."""
        args, keywords = self.arguments(call)
        if keywords or not 1 <= len(args) <= 3:
            raise self.unsupported(call, "range() with these arguments")
        mark = len(self.pre)
        values = [self.expr(a) for a in args]
        for value in values:
            self.hint(value, t.INT)
        if len(self.pre) != mark:
            raise self.unsupported(call, "range() bounds that need statements of their own")
        start = values[0] if len(values) > 1 else self.int_literal(0)
        stop = values[1] if len(values) > 1 else values[0]
        step = values[2] if len(values) == 3 else self.int_literal(1)
        if isinstance(step, ir.IntLiteral) and step.value == 0:
            raise self.unsupported(call, "range() with a zero step")
        if not isinstance(step, ir.IntLiteral):
            if self.final and not self.non_negative(step):
                raise self.unsupported(call, "range() with a step whose sign is not known")
            self.warn("range() with a variable step: the step is taken to be positive (it is never negative)")
        return start, stop, step

    def enumerate_loop(
        self,
        left: Syntax,
        call: Syntax,
        body: Callable[[], list[ir.Stmt]],
        loc: SourceLocation,
        local: Callable[[str], bool],
    ) -> list[ir.Stmt]:
        """``for i, x in enumerate(seq[, start])``: an index loop; a name read after the loop is
        assigned at the top of each pass (Python leaves it at the last value taken)."""
        names = [node_text(n) for n in left.named_children]
        args, keywords = self.arguments(call)
        start_node = args[1] if len(args) == 2 else keywords.get("start")
        if len(names) != 2 or not 1 <= len(args) <= 2 or set(keywords) - {"start"} or (
            len(args) == 2 and keywords
        ):
            raise self.unsupported(call, "enumerate() with these arguments or targets")
        mark = len(self.pre)
        sequence = self.expr(args[0])
        self.note_sequence(sequence)
        if not isinstance(sequence, ir.Name):  # s.split(), f(x): computed once, before the loop
            kept = finalize(sequence.type) if self.final else sequence.type
            held = ir.Name(self.fresh("items"), type=kept, location=sequence.location)
            self.pre.append(ir.VarDecl(held.id, kept, sequence, location=sequence.location))
            sequence = held
        start = self.expr(start_node) if start_node is not None else None
        if start is not None:
            self.hint(start, t.INT)
            if not isinstance(start, ir.Name | ir.IntLiteral):  # read once, as Python reads it
                kind = finalize(start.type) if self.final else start.type
                first = ir.Name(self.fresh("start"), type=kind, location=start.location)
                self.pre.append(ir.VarDecl(first.id, kind, start, location=start.location))
                start = first
        before = self.pre[mark:]  # what the sequence and the start need, before the loop
        del self.pre[mark:]
        index_name, value_name = names
        element_type = t.element_type(sequence.type)
        self.see(index_name, t.INT, loc)
        self.see(value_name, element_type, loc)
        own_counter = local(index_name) and start is None
        counter = ir.Name(self.rename(index_name) if own_counter else self.fresh(index_name + "_"), type=t.INT)
        statements: list[ir.Stmt] = []
        if not own_counter:
            index_value: ir.Expr = counter
            if start is not None:
                start = self.coerce(start, t.INT, start_node) if self.final else start
                index_value = ir.Binary(B.ADD, counter, start, type=t.INT)
            statements.append(self.bind(index_name, index_value, local(index_name), loc))
        element = ir.Index(sequence, counter, type=element_type)
        statements.append(self.bind(value_name, element, local(value_name), loc))
        statements += body()
        condition = ir.Binary(B.LT, counter, self.length_of(sequence), type=t.BOOL)
        init = ir.VarDecl(counter.id, t.INT, ir.IntLiteral(0, type=t.INT))
        return [
            *before,
            ir.For(
                (init,),
                condition,
                (ir.IncDec(counter, 1, False, type=t.INT),),
                ir.Block(tuple(statements)),
                location=loc,
            )
        ]

    def zip_loop(
        self,
        left: Syntax,
        call: Syntax,
        body: Callable[[], list[ir.Stmt]],
        node: Syntax,
        local: Callable[[str], bool],
    ) -> list[ir.Stmt]:
        """``for a, b in zip(xs, ys)``: an index loop that stops at the end of the shortest
        sequence, checked at each pass in order, as Python's iterators check theirs (a list that
        grows in the body is read on). Each sequence is a variable the loop does not rebind (zip
        holds the object it was given) or a string (immutable)."""
        loc = self.location(node)
        targets = left.named_children
        args, keywords = self.arguments(call)
        if keywords or not args or len(targets) != len(args) or any(n.type != "identifier" for n in targets):
            raise self.unsupported(call, "zip() with these arguments or targets")
        rebound = assigned_in(node)
        sequences = []
        mark = len(self.pre)
        for arg in args:
            sequence = self.expr(arg)
            self.note_sequence(sequence)
            if self.final and not isinstance(sequence.type, t.ListType | t.ArrayType | t.StringType):
                raise self.unsupported(arg, f"zip() of a {sequence.type}")
            named = arg.type == "identifier" and node_text(arg) not in rebound and isinstance(sequence, ir.Name)
            if not named and not isinstance(sequence.type, t.StringType):
                raise self.unsupported(arg, "zip() of a value other than a variable the loop keeps or a str")
            if not named:  # a str computed once, before the loop
                text = ir.Name(self.fresh("text"), type=sequence.type, location=sequence.location)
                self.pre.append(ir.VarDecl(text.id, sequence.type, sequence, location=sequence.location))
                sequence = text
            sequences.append(sequence)
        pre = self.pre[mark:]
        del self.pre[mark:]
        counter = ir.Name(self.fresh("k"), type=t.INT)
        statements: list[ir.Stmt] = []
        for target, sequence in zip(targets, sequences, strict=True):
            name, element_type = node_text(target), t.element_type(sequence.type)
            self.see(name, element_type, loc)
            element = ir.Index(sequence, counter, type=element_type)
            statements.append(self.bind(name, element, local(name), loc))
        statements += body()
        tests = [ir.Binary(B.LT, counter, self.length_of(s), type=t.BOOL) for s in sequences]
        condition = tests[0]
        for test in tests[1:]:
            condition = ir.Binary(B.AND, condition, test, type=t.BOOL)
        init = ir.VarDecl(counter.id, t.INT, ir.IntLiteral(0, type=t.INT))
        step = (ir.IncDec(counter, 1, False, type=t.INT),)
        return [*pre, ir.For((init,), condition, step, ir.Block(tuple(statements)), location=loc)]


def _range_update(counter: ir.Name, step: ir.Expr, type_: t.Type) -> ir.Expr:
    """The counter's step: ``i++``, ``i--``, ``i += k`` or ``i -= k``."""
    if not isinstance(step, ir.IntLiteral):
        return ir.AssignExpr(counter, step, op=B.ADD, type=type_)
    if step.value == 1 or step.value == -1:
        return ir.IncDec(counter, step.value, False, type=type_)
    return ir.AssignExpr(
        counter, ir.IntLiteral(abs(step.value), type=type_), op=B.ADD if step.value > 0 else B.SUB, type=type_
    )
