"""New containers: comprehensions, ``[v] * n`` tables, dict and set displays and ``sorted()``, built
as loops filling a new variable."""

from __future__ import annotations

from collections.abc import Callable

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.python.frontend.base import BuilderBase
from transcoder.engines.rules.python.frontend.containers import as_element
from transcoder.engines.rules.python.frontend.irtools import (
    B,
    L,
    array_of,
    int_of_bool,
    is_zero,
    join_all,
    strings_for_chars,
)
from transcoder.engines.rules.python.frontend.syntax import descendants_or_self, free_identifiers
from transcoder.engines.rules.python.frontend.tree import Syntax, node_text
from transcoder.engines.rules.python.infer import WEAK01, finalize
from transcoder.errors import SourceLocation

Fill = tuple[ir.Expr, Callable[[ir.Expr], list[ir.Stmt]], t.Type | None]
"""A new container: its initial value, the statements filling it (given the variable it is in), and
the type it teaches the variable (None: nothing)."""


class Comprehensions(BuilderBase):
    def build_into(self, name: str, node: Syntax, statement: Syntax) -> list[ir.Stmt] | None:
        """``x = [... for ...]``, ``x = sorted(...)``, ``x = {k: v}``: declare ``x`` and fill it."""
        kinds = ("list_comprehension", "dictionary", "set_comprehension", "dictionary_comprehension", "set",
                 "generator_expression")  # fmt: skip
        is_sorted = node.type == "call" and node_text(node.field("function")) == "sorted"
        is_repeat = (
            node.type == "binary_operator"
            and node_text(node.field("operator")) == "*"
            and "list" in (node.field("left").type, node.field("right").type)
        )
        if node.type not in kinds and not is_sorted and not is_repeat:
            return None
        if name in {node_text(n) for n in descendants_or_self(node, "identifier")}:
            return None  # x = sorted(x): the old value is read while the new one is built
        return self.materialize(node, name, statement)

    def materialize(
        self, node: Syntax, name: str | None, statement: Syntax | None, taken: t.Type | None = None
    ) -> list[ir.Stmt]:
        """Statements that create the value of ``node`` in variable ``name`` (a new temporary if None;
        of the type ``taken`` where its chars are a parameter's str: ``strings_for_chars``)."""
        loc = self.location(node)
        filled = self.fill_statements(node)
        if filled is None:
            raise self.unsupported(node)
        initial, steps, element_note = filled
        if name is None:
            temp = self.fresh("result")
            type_ = taken if taken is not None and strings_for_chars(initial.type, taken) else initial.type
            type_ = finalize(type_) if self.final else type_
            if type_ != initial.type and isinstance(initial, ir.NewContainer):
                initial = ir.NewContainer(type=type_, location=initial.location)
            declaration: list[ir.Stmt] = [ir.VarDecl(temp, type_, initial, location=loc)]
            target = ir.Name(temp, type=type_)
            return declaration + steps(target)
        self.see(name, initial.type, loc)
        if element_note is not None:
            self.see(name, element_note, loc)
        type_ = self.var_type(name)
        if (
            self.final
            and isinstance(type_, t.ArrayType)
            and isinstance(initial, ir.NewContainer)
            and initial.size is None
        ):
            type_ = t.ListType(type_.element)
        if self.final:
            initial = self.coerce(initial, type_, node)
        target = ir.Name(self.rename(name), type=type_)
        if statement is not None and statement.id in self.plan.at_assignment:
            head: ir.Stmt = ir.VarDecl(self.rename(name), type_, initial, location=loc)
        else:
            head = ir.ExprStmt(ir.AssignExpr(target, initial, type=type_), location=loc)
        return [head, *steps(target)]

    def fill_statements(self, node: Syntax) -> Fill | None:
        loc = self.location(node)
        if node.type == "binary_operator":
            array = self.new_array_value(node)
            if array is None:
                return None
            dims, fill = array
            return self.array_with_fill(dims, fill, array_of(self.observed(fill), len(dims)), loc)
        if node.type == "dictionary":
            return self.dict_display(node, loc)
        if node.type == "set":
            return self.set_display(node, loc)
        if node.type == "call":  # sorted(iterable, key=..., reverse=...)
            return self.sorted_copy(node, loc)
        return self.comprehension(node, loc)

    def dict_display(self, node: Syntax, loc: SourceLocation) -> Fill:
        """``{k: v, ...}``: a new map and a put of each pair."""
        pairs = [
            (self.expr(p.field("key")), self.expr(p.field("value")))
            for p in node.named_children
            if p.type == "pair"
        ]
        if len(pairs) != len([c for c in node.named_children if c.type != "comment"]):
            raise self.unsupported(node, "dictionary with ** unpacking")
        key_type = join_all([self.observed(k) for k, _ in pairs])
        value_type = join_all([self.observed(v) for _, v in pairs])
        map_type = t.MapType(key_type, value_type)

        def put_all(target: ir.Expr) -> list[ir.Stmt]:
            mt = target.type if isinstance(target.type, t.MapType) else map_type
            return [
                ir.ExprStmt(
                    ir.LibraryCall(
                        L.MAP_PUT,
                        (target, self.coerce(k, mt.key, None), self.coerce(v, mt.value, None)),
                        type=t.VOID,
                    ),
                    location=loc,
                )
                for k, v in pairs
            ]

        return ir.NewContainer(type=map_type, location=loc), put_all, map_type

    def set_display(self, node: Syntax, loc: SourceLocation) -> Fill:
        """``{a, b, ...}``: a new set and an add of each element."""
        elements = [self.expr(e) for e in node.named_children]
        set_type = t.SetType(join_all([self.observed(e) for e in elements]))

        def add_all(target: ir.Expr) -> list[ir.Stmt]:
            st = target.type if isinstance(target.type, t.SetType) else set_type
            return [
                ir.ExprStmt(
                    ir.LibraryCall(L.SET_ADD, (target, self.coerce(e, st.element, None)), type=t.VOID),
                    location=loc,
                )
                for e in elements
            ]

        return ir.NewContainer(type=set_type, location=loc), add_all, set_type

    def sorted_copy(self, node: Syntax, loc: SourceLocation) -> Fill:
        """``sorted(iterable, key=..., reverse=...)``: a copy of the elements, then a sort."""
        args, keywords = self.arguments(node)
        if len(args) != 1:
            raise self.unsupported(node, "sorted() with other than one iterable")
        source = self.expr(args[0])
        if isinstance(source.type, t.StringType):
            initial: ir.Expr = ir.LibraryCall(L.STR_CHARS, (source,), type=t.ArrayType(t.CHAR), location=loc)
        elif isinstance(source.type, t.ArrayType) and "key" in keywords:
            # A key needs a comparator, which Java's primitive arrays cannot take: sort a list.
            element = t.element_type(source.type)
            initial = ir.NewContainer(type=t.ListType(element), location=loc)

            def copy_to_list(target: ir.Expr) -> list[ir.Stmt]:
                counter = ir.Name(self.fresh("i"), type=t.INT)
                append = ir.LibraryCall(
                    L.LIST_APPEND, (target, ir.Index(source, counter, type=element)), type=t.VOID
                )
                loop = ir.For((ir.VarDecl(counter.id, t.INT, ir.IntLiteral(0, type=t.INT)),),
                              ir.Binary(B.LT, counter, self.length_of(source), type=t.BOOL),
                              (ir.IncDec(counter, 1, False, type=t.INT),), ir.Block((ir.ExprStmt(append),)), location=loc)  # fmt: skip
                return [loop, ir.ExprStmt(self.sort_call(target, keywords, node), location=loc)]

            return initial, copy_to_list, None
        elif isinstance(source.type, t.ArrayType):
            initial, copy = self.copy_array(source, loc)

            def copy_and_sort(target: ir.Expr) -> list[ir.Stmt]:
                return [*copy(target), ir.ExprStmt(self.sort_call(target, keywords, node), location=loc)]

            return initial, copy_and_sort, None
        elif isinstance(source.type, t.SetType | t.ListType):
            initial = ir.NewContainer(
                source=source, type=t.ListType(t.element_type(source.type)), location=loc
            )
        elif isinstance(source.type, t.MapType):
            initial = ir.NewContainer(
                source=ir.LibraryCall(L.MAP_KEYS, (source,), type=t.SetType(source.type.key)),
                type=t.ListType(source.type.key),
                location=loc,
            )
        else:
            self.note_sequence(source)
            initial = ir.NewArray((ir.IntLiteral(0, type=t.INT),), type=t.ArrayType(t.UNKNOWN), location=loc)

        def sort_it(target: ir.Expr) -> list[ir.Stmt]:
            return [ir.ExprStmt(self.sort_call(target, keywords, node), location=loc)]

        return initial, sort_it, None

    def comprehension(self, node: Syntax, loc: SourceLocation) -> Fill:
        """A list or set comprehension: loops adding each element to a new container."""
        body = node.field("body")
        clauses = [c for c in node.named_children if c.type in ("for_in_clause", "if_clause")]
        if node.type == "dictionary_comprehension":
            return self.dict_comprehension(node, body, clauses, loc)
        simple = self.simple_array(node, body, clauses)
        if simple is not None:
            return simple
        container: type[t.ListType] | type[t.SetType] = (
            t.SetType if node.type == "set_comprehension" else t.ListType
        )
        # Type the element with the loop variables in scope (the build of the loops declares them).
        self.comprehension_loops(clauses, lambda: [], loc)
        element_type = self.observed(self.expr_in_comprehension(clauses, body))
        container_type = container(element_type)

        def loops(target: ir.Expr) -> list[ir.Stmt]:
            def innermost() -> list[ir.Stmt]:
                element = self.expr(body)
                op = L.SET_ADD if container is t.SetType else L.LIST_APPEND
                if self.final:
                    kind = t.element_type(target.type)
                    element = as_element(self.coerce(element, kind, body), kind)
                return [ir.ExprStmt(ir.LibraryCall(op, (target, element), type=t.VOID), location=loc)]

            return self.comprehension_loops(clauses, innermost, loc)

        return ir.NewContainer(type=container_type, location=loc), loops, container_type

    def dict_comprehension(self, node: Syntax, body: Syntax, clauses: list[Syntax], loc: SourceLocation) -> Fill:
        """``{k: v for ...}``: loops putting each pair into a new map (a later key replaces)."""
        if body.type != "pair":
            raise self.unsupported(node, "dict comprehension")
        key_node, value_node = body.field("key"), body.field("value")
        self.comprehension_loops(clauses, lambda: [], loc)
        key_type = self.observed(self.expr_in_comprehension(clauses, key_node))
        value_type = self.observed(self.expr_in_comprehension(clauses, value_node))
        map_type = t.MapType(key_type, value_type)

        def loops(target: ir.Expr) -> list[ir.Stmt]:
            def innermost() -> list[ir.Stmt]:
                key, value = self.expr(key_node), self.expr(value_node)
                kinds = target.type if isinstance(target.type, t.MapType) else map_type
                if self.final:
                    key, value = self.coerce(key, kinds.key, key_node), self.coerce(value, kinds.value, value_node)
                put = ir.LibraryCall(L.MAP_PUT, (target, key, value), type=t.VOID)
                return [ir.ExprStmt(put, location=loc)]

            return self.comprehension_loops(clauses, innermost, loc)

        return ir.NewContainer(type=map_type, location=loc), loops, map_type

    def expr_in_comprehension(self, clauses: list[Syntax], body: Syntax) -> ir.Expr:
        saved = dict(self.types.variables)
        for clause in clauses:
            if clause.type == "for_in_clause":
                self.bind_loop_target(clause.field("left"), clause.field("right"))
        mark = len(self.pre)
        value = self.expr(body)
        del self.pre[mark:]
        self.types.variables.clear()
        self.types.variables.update(saved)
        return value

    def bind_loop_target(self, left: Syntax | None, right: Syntax | None) -> None:
        if left is None or right is None or left.type != "identifier":
            return
        name = node_text(left)
        if name in self.types.variables and not isinstance(self.types.variables[name], t.UnknownType):
            return
        self.types.variables[name] = self.loop_element_type(right)

    def loop_element_type(self, right: Syntax) -> t.Type:
        if right.type == "call" and node_text(right.field("function")) == "range":
            args, _ = self.arguments(right)
            return join_all([finalize(self.observed(self.expr(a))) for a in args]) if args else t.INT
        saved = self.pre
        iterable = self.expr(right)
        self.pre = saved
        return (
            t.element_type(iterable.type) if not isinstance(iterable.type, t.MapType) else iterable.type.key
        )

    def comprehension_loops(
        self, clauses: list[Syntax], innermost: Callable[[], list[ir.Stmt]], loc: SourceLocation
    ) -> list[ir.Stmt]:
        if not clauses:
            return self.captured(innermost)
        clause, rest = clauses[0], clauses[1:]
        if clause.type == "if_clause":
            saved, self.pre = self.pre, []
            test = self.condition(self.expr(clause.named_children[0]))
            pending, self.pre = self.pre, saved
            inner = ir.Block(tuple(self.comprehension_loops(rest, innermost, loc)))
            return [*pending, ir.If(test, inner, location=loc)]
        left, right = clause.field("left"), clause.field("right")
        return self.loop(
            left, right, lambda: self.comprehension_loops(rest, innermost, loc), clause, local=lambda _: True
        )

    def simple_array(self, node: Syntax, body: Syntax, clauses: list[Syntax]) -> Fill | None:
        """``[v for _ in range(n)]`` with ``v`` not using the loop variable: an array of ``n`` copies
        (nested for 2-D tables)."""
        if node.type != "list_comprehension" or len(clauses) != 1 or clauses[0].type != "for_in_clause":
            return None
        clause = clauses[0]
        left, right = clause.child_by_field_name("left"), clause.child_by_field_name("right")
        if left is None or left.type != "identifier" or right is None or right.type != "call":
            return None
        if node_text(right.field("function")) != "range":
            return None
        args, _ = self.arguments(right)
        if len(args) != 1 or node_text(left) in {node_text(n) for n in free_identifiers(body)}:
            return None
        size = self.list_size(args[0])
        inner = self.new_array_value(body)
        if inner is None:
            return None
        dims, fill = inner
        loc = self.location(node)
        element = self.observed(fill)
        array_type: t.Type = element
        for _ in range(len(dims) + 1):
            array_type = t.ArrayType(array_type)
        return self.array_with_fill((size, *dims), fill, array_type, loc)

    def new_array_value(self, node: Syntax) -> tuple[tuple[ir.Expr, ...], ir.Expr] | None:
        """Dimensions and fill of an array-valued expression (``[0] * n``, ``[[0] * m for _ in range(n)]``),
        or ((), value) for a scalar value."""
        if node.type == "parenthesized_expression":
            return self.new_array_value(node.named_children[0])
        if node.type == "binary_operator" and node_text(node.field("operator")) == "*":
            left, right = node.field("left"), node.field("right")
            if left.type != "list":
                left, right = right, left
            if left.type == "list" and len(left.named_children) == 1:
                inner = self.new_array_value(left.named_children[0])
                if inner is None:
                    return None
                if inner[0]:
                    self.warn(
                        "[row] * n repeats one row object n times in Python; the translation makes n separate rows"
                    )
                return (self.list_size(right), *inner[0]), inner[1]
            return None
        if node.type == "list_comprehension":
            clauses = [c for c in node.named_children if c.type in ("for_in_clause", "if_clause")]
            body = node.field("body")
            if len(clauses) == 1 and clauses[0].type == "for_in_clause":
                clause = clauses[0]
                left, right = clause.field("left"), clause.field("right")
                if (
                    left.type == "identifier"
                    and right.type == "call"
                    and node_text(right.field("function")) == "range"
                ):
                    args, _ = self.arguments(right)
                    if len(args) == 1 and node_text(left) not in {
                        node_text(n) for n in free_identifiers(body)
                    }:
                        inner = self.new_array_value(body)
                        if inner is not None:
                            return (self.list_size(args[0]), *inner[0]), inner[1]
            return None
        if node.type in (
            "list",
            "dictionary",
            "set",
            "list_comprehension",
            "set_comprehension",
            "dictionary_comprehension",
        ):
            return None
        value = self.expr(node)
        if isinstance(value.type, t.ArrayType | t.ListType | t.MapType | t.SetType):
            return None
        return (), value

    def array_with_fill(
        self, dims: tuple[ir.Expr, ...], fill: ir.Expr, array_type: t.Type, loc: SourceLocation
    ) -> Fill:
        def fill_it(target: ir.Expr) -> list[ir.Stmt]:
            scalar = target.type
            while isinstance(scalar, t.ArrayType | t.ListType):
                scalar = scalar.element
            if isinstance(fill, ir.NullLiteral):
                self.warn("[None] * n: the None placeholders start as zero")
                return []
            value = self.coerce(fill, scalar, None) if self.final else fill
            if is_zero(value):
                return []
            return [
                ir.ExprStmt(ir.LibraryCall(L.FILL, (target, value, None, None), type=t.VOID), location=loc)
            ]

        return ir.NewArray(dims, type=array_type, location=loc), fill_it, array_type

    def copy_array(
        self, source: ir.Expr, loc: SourceLocation
    ) -> tuple[ir.Expr, Callable[[ir.Expr], list[ir.Stmt]]]:
        """A new array of the length of ``source`` and the loop copying ``source`` into it."""
        length = self.length_of(source)
        element = t.element_type(source.type)

        def copy(target: ir.Expr) -> list[ir.Stmt]:
            index = self.fresh("i")
            counter = ir.Name(index, type=t.INT)
            element_type = t.element_type(target.type)
            store = ir.AssignExpr(
                ir.Index(target, counter, type=element_type),
                ir.Index(source, counter, type=element),
                type=element_type,
            )
            return [ir.For((ir.VarDecl(index, t.INT, ir.IntLiteral(0, type=t.INT)),), ir.Binary(B.LT, counter, length, type=t.BOOL),
                           (ir.IncDec(counter, 1, False, type=t.INT),), ir.Block((ir.ExprStmt(store),)), location=loc)]  # fmt: skip

        return ir.NewArray((length,), type=t.ArrayType(element), location=loc), copy

    def materialized_value(
        self,
        node: Syntax,
        make: Callable[[], Fill],
    ) -> ir.Expr:
        """A new container as an expression; fills needing statements go through a temporary."""
        initial, steps, _ = make()
        if self.final:
            initial = (
                ir.NewArray(initial.dims, type=finalize(initial.type), location=initial.location)
                if isinstance(initial, ir.NewArray)
                else initial
            )
        probe_target = ir.Name("__probe__", type=initial.type)
        if not steps(probe_target):
            return initial
        temp = self.fresh("table")
        target = ir.Name(temp, type=initial.type)
        self.pre.append(ir.VarDecl(temp, initial.type, initial, location=initial.location))
        self.pre.extend(steps(target))
        return target

    def expr_list(self, node: Syntax) -> ir.Expr:
        elements = [self.expr(e) for e in node.named_children if e.type != "comment"]
        return self.list_display(elements, self.location(node))

    def list_display(self, elements: list[ir.Expr], loc: SourceLocation) -> ir.Expr:
        """``[a, b, c]``: an array of the values (an empty list: a new list)."""
        if not elements:
            return ir.NewContainer(type=t.ListType(t.UNKNOWN), location=loc)
        element_type = join_all([self.observed(e) for e in elements])
        if self.final:
            element_type = finalize(element_type)
            elements = [self.coerce(e, element_type, None) for e in elements]
        return ir.ArrayLiteral(tuple(elements), type=t.ArrayType(element_type), location=loc)

    def expr_list_comprehension(self, node: Syntax) -> ir.Expr:
        return self.temporary_container(node)

    expr_set_comprehension = expr_list_comprehension

    expr_dictionary = expr_list_comprehension

    expr_set = expr_list_comprehension

    expr_dictionary_comprehension = expr_list_comprehension

    expr_generator_expression = expr_list_comprehension  # a value: its items in a list

    def temporary_container(self, node: Syntax, taken: t.Type | None = None) -> ir.Expr:
        """A new container in a temporary; ``taken``: the type of the parameter it is passed to."""
        if node.type == "dictionary" and not node.named_children:
            return ir.NewContainer(type=t.MapType(t.UNKNOWN, t.UNKNOWN), location=self.location(node))
        statements = self.materialize(node, None, None, taken)
        declaration = statements[0]
        assert isinstance(declaration, ir.VarDecl)
        self.pre.extend(statements)
        return ir.Name(declaration.name, type=declaration.type)

    def fold(self, node: Syntax, op: ir.LibOp, loc: SourceLocation) -> ir.Expr:
        """``sum``/``min``/``max``/``any``/``all`` over a generator: a loop into a temporary."""
        body = node.field("body")
        clauses = [c for c in node.named_children if c.type in ("for_in_clause", "if_clause")]
        self.comprehension_loops(clauses, lambda: [], loc)
        element = self.expr_in_comprehension(clauses, body)
        if op in (L.CONTAINS, L.EMPTY):  # any / all
            type_: t.Type = t.BOOL
        else:
            type_ = finalize(self.observed(element)) if self.final else self.observed(element)
            if op == L.ACCUMULATE and (isinstance(type_, t.BoolType) or type_ == WEAK01):
                type_ = t.INT  # a sum of 0/1 values is a count, not a yes/no answer
            if op == L.ACCUMULATE and self.widened(node, type_):
                type_ = t.LONG
        temp = self.fresh({L.ACCUMULATE: "total", L.MIN: "smallest", L.MAX: "largest"}.get(op, "found"))
        accumulator = ir.Name(temp, type=type_)
        initial = self.fold_start(op, type_)

        def innermost() -> list[ir.Stmt]:
            return self.fold_step(op, accumulator, self.expr(body))

        loops = self.comprehension_loops(clauses, innermost, loc)
        declaration = ir.VarDecl(temp, type_, initial, location=loc)
        if op == L.ACCUMULATE:
            self.origins[id(declaration)] = node.id
        self.pre.append(declaration)
        self.pre.extend(loops)
        return accumulator

    def fold_start(self, op: ir.LibOp, type_: t.Type) -> ir.Expr:
        """The value a fold starts from: 0, False (any), True (all), or the extreme of the type."""
        if op == L.ACCUMULATE:
            return (
                ir.IntLiteral(0, type=type_)
                if isinstance(type_, t.IntType)
                else ir.FloatLiteral(0.0, "0.0", type=t.DOUBLE)
            )
        if op == L.CONTAINS:
            return ir.BoolLiteral(False, type=t.BOOL)
        if op == L.EMPTY:
            return ir.BoolLiteral(True, type=t.BOOL)
        initial: ir.Expr = (
            ir.LibraryCall(L.INT_MAX if op == L.MIN else L.INT_MIN, (), type=type_)
            if isinstance(type_, t.IntType)
            else ir.LibraryCall(L.FLOAT_MAX, (), type=t.DOUBLE)
        )
        if not isinstance(type_, t.IntType):
            initial = initial if op == L.MIN else ir.Unary(ir.UnaryOp.NEG, initial, type=t.DOUBLE)
        self.warn(
            f"{op.value}() of a generator: an empty one gives the {'largest' if op == L.MIN else 'smallest'} value instead of raising"
        )
        return initial

    def fold_step(self, op: ir.LibOp, accumulator: ir.Name, value: ir.Expr) -> list[ir.Stmt]:
        """What a fold does with one value: add it, stop at the first true (any) or false (all), keep the extreme."""
        type_ = accumulator.type
        if op == L.ACCUMULATE:
            value = self.coerce(int_of_bool(value), type_, None) if self.final else value
            return [ir.ExprStmt(ir.AssignExpr(accumulator, value, op=B.ADD, type=type_))]
        if op in (L.CONTAINS, L.EMPTY):
            test = self.condition(value)
            if op == L.EMPTY:
                test = ir.Unary(ir.UnaryOp.NOT, test, type=t.BOOL)
            found = ir.AssignExpr(accumulator, ir.BoolLiteral(op == L.CONTAINS, type=t.BOOL), type=t.BOOL)
            return [ir.If(test, ir.Block((ir.ExprStmt(found), ir.Break())))]
        value = self.coerce(value, type_, None) if self.final else value
        return [
            ir.ExprStmt(
                ir.AssignExpr(accumulator, ir.LibraryCall(op, (accumulator, value), type=type_), type=type_)
            )
        ]
