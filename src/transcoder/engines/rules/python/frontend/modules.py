"""Functions of Python's standard modules and built-ins built from the IR's operations: ``bisect``
(``bisect_left``/``bisect_right``/``insort``: binary searches on a sorted list), ``heapq``'s
``nsmallest``/``nlargest`` (a sorted copy's first k), ``functools.reduce`` (a loop folding with a
lambda), ``divmod`` (Python's floored pair), ``min``/``max`` with ``default=`` and ``key=``.
A module's functions are reached through the module (``bisect.insort(a, x)``) or imported by name
(``from bisect import insort``)."""

from __future__ import annotations

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.python.frontend.base import BuilderBase
from transcoder.engines.rules.python.frontend.irtools import B, L
from transcoder.engines.rules.python.frontend.tree import Syntax, node_text
from transcoder.engines.rules.python.infer import finalize
from transcoder.errors import SourceLocation

MODULES = frozenset({"bisect", "functools", "itertools"})
"""Modules whose functions ``module_call`` knows (besides ``math``, ``heapq``, ``collections``)."""

_BISECT = {"bisect_left": L.LOWER_BOUND, "bisect_right": L.UPPER_BOUND, "bisect": L.UPPER_BOUND}
_INSORT = {"insort": L.UPPER_BOUND, "insort_right": L.UPPER_BOUND, "insort_left": L.LOWER_BOUND}


class ModuleFunctions(BuilderBase):
    def module_call(self, module: str, name: str, node: Syntax) -> ir.Expr | None:
        """``module.name(...)`` of the modules above, or None when it is not one of them."""
        loc = self.location(node)
        args, keywords = self.arguments(node)
        if module == "bisect" and (name in _BISECT or name in _INSORT) and len(args) == 2 and not keywords:
            sequence, value = self.expr(args[0]), self.expr(args[1])
            self.note_sequence(sequence)
            value = self.coerce(value, t.element_type(sequence.type), args[1]) if self.final else value
            end = self.length_of(sequence)
            op = _BISECT.get(name) or _INSORT[name]
            found = ir.LibraryCall(op, (sequence, ir.IntLiteral(0, type=t.INT), end, value), type=t.INT, location=loc)
            if name in _BISECT:
                return found
            if isinstance(sequence, ir.Name):
                self.observations.grows.add(self.python_name(sequence.id))
            return ir.LibraryCall(L.LIST_INSERT, (sequence, found, value), type=t.VOID, location=loc)
        if module == "functools" and name == "reduce":
            return self.reduced(node, args, loc)
        return None

    def reduced(self, node: Syntax, args: list[Syntax], loc: SourceLocation) -> ir.Expr:
        """``reduce(f, items[, initial])``: ``acc = f(acc, item)`` for each item, f a lambda."""
        if len(args) not in (2, 3) or args[0].type != "lambda":
            raise self.unsupported(node, "reduce() of other than a lambda")
        function = args[0]
        parameters = function.child_by_field_name("parameters")
        names = [node_text(p) for p in parameters.named_children] if parameters else []
        if len(names) != 2 or any(p.type != "identifier" for p in parameters.named_children):  # type: ignore[union-attr]
            raise self.unsupported(function, "reduce() with a lambda of other than two parameters")
        items = self.expr(args[1])
        self.note_sequence(items)
        element = t.element_type(items.type)
        if len(args) == 3:
            initial = self.expr(args[2])
        else:
            raise self.unsupported(node, "reduce() without an initial value (it raises on an empty sequence)")
        type_ = finalize(t.element_type(t.ListType(self.observed(initial)))) if self.final else self.observed(initial)
        accumulator = ir.Name(self.fresh("acc"), type=type_)
        item = ir.Name(self.fresh("item"), type=element)
        saved = dict(self.inline_values)
        self.inline_values[names[0]] = accumulator
        self.inline_values[names[1]] = item
        mark = len(self.pre)
        try:
            step = self.expr(function.field("body"))
        finally:
            self.inline_values = saved
        if len(self.pre) != mark:
            raise self.unsupported(function, "reduce() with a lambda whose body needs statements")
        if self.final:
            step = self.coerce(step, type_, None)
        self.pre += [
            ir.VarDecl(accumulator.id, type_, self.coerce(initial, type_, None) if self.final else initial, location=loc),
            ir.ForEach(item.id, element, items, ir.Block((ir.ExprStmt(ir.AssignExpr(accumulator, step, type=type_)),)),
                       location=loc),
        ]  # fmt: skip
        return accumulator

    def builtin_divmod(self, node: Syntax, loc: SourceLocation) -> ir.Expr:
        args, keywords = self.arguments(node)
        if len(args) != 2 or keywords:
            raise self.unsupported(node, "divmod() with these arguments")
        left = self.stable(self.expr(args[0]), "dividend", loc)
        right = self.stable(self.expr(args[1]), "divisor", loc)
        quotient = self.binary("//", left, right, node)
        remainder = self.binary("%", left, right, node)
        type_ = t.PairType(self.observed(quotient), self.observed(remainder))
        return ir.LibraryCall(L.MAKE_PAIR, (quotient, remainder), type=type_, location=loc)

    def builtin_reduce(self, node: Syntax, loc: SourceLocation) -> ir.Expr:
        args, _ = self.arguments(node)
        return self.reduced(node, args, loc)

    def builtin_bisect_left(self, node: Syntax, loc: SourceLocation) -> ir.Expr:
        return self.imported("bisect", "bisect_left", node)

    def builtin_bisect_right(self, node: Syntax, loc: SourceLocation) -> ir.Expr:
        return self.imported("bisect", "bisect_right", node)

    def builtin_insort(self, node: Syntax, loc: SourceLocation) -> ir.Expr:
        return self.imported("bisect", "insort", node)

    def imported(self, module: str, name: str, node: Syntax) -> ir.Expr:
        found = self.module_call(module, name, node)
        if found is None:
            raise self.unsupported(node, f"{module}.{name}() with these arguments")
        return found

    def nearest(self, node: Syntax, op: ir.LibOp, count_node: Syntax, items_node: Syntax) -> ir.Expr:
        """``heapq.nsmallest(k, items)``/``nlargest``: a sorted copy's first k (fewer if short)."""
        loc = self.location(node)
        count = self.index_expr(self.expr(count_node))
        items = self.expr(items_node)
        self.note_sequence(items)
        element = t.element_type(items.type)
        type_ = t.ListType(finalize(element) if self.final else element)
        ordered = ir.Name(self.fresh("ordered"), type=type_)
        item = ir.Name(self.fresh("item"), type=element)
        append = ir.ExprStmt(ir.LibraryCall(L.LIST_APPEND, (ordered, item), type=t.VOID))
        sort = L.SORT if op == L.MIN else L.SORT_DESC
        result = ir.Name(self.fresh("first"), type=type_)
        counter = ir.Name(self.fresh("k"), type=t.INT)
        end = ir.LibraryCall(L.MIN, (count, self.length_of(ordered)), type=t.INT)
        take = ir.ExprStmt(ir.LibraryCall(L.LIST_APPEND, (result, ir.Index(ordered, counter, type=element)), type=t.VOID))
        self.pre += [
            ir.VarDecl(ordered.id, type_, ir.NewContainer(type=type_), location=loc),
            ir.ForEach(item.id, element, items, ir.Block((append,)), location=loc),
            ir.ExprStmt(ir.LibraryCall(sort, (ordered, None, None) + ((None,) if sort == L.SORT else ()), type=t.VOID)),
            ir.VarDecl(result.id, type_, ir.NewContainer(type=type_), location=loc),
            ir.For((ir.VarDecl(counter.id, t.INT, ir.IntLiteral(0, type=t.INT)),),
                   ir.Binary(B.LT, counter, end, type=t.BOOL), (ir.IncDec(counter, 1, False, type=t.INT),),
                   ir.Block((take,)), location=loc),
        ]  # fmt: skip
        return result
