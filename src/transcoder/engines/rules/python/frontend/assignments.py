"""Assignments: plain, tuple and augmented, to names and to subscripts, and what they teach
inference."""

from __future__ import annotations

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.analysis.names import names_used
from transcoder.engines.rules.python.frontend.base import BuilderBase
from transcoder.engines.rules.python.frontend.irtools import B, L, self_combination
from transcoder.engines.rules.python.frontend.state import store_global
from transcoder.engines.rules.python.frontend.syntax import TYPE_NAMES, descendants_or_self
from transcoder.engines.rules.python.frontend.tree import Syntax, node_text
from transcoder.engines.rules.python.infer import describe, finalize


class Assignments(BuilderBase):
    def assignment(self, node: Syntax) -> list[ir.Stmt]:
        left, right = node.field("left"), node.child_by_field_name("right")
        hint = node.child_by_field_name("type")
        if right is None:
            raise self.unsupported(node, "declaration without a value")
        if right.type == "assignment":  # a = b = value
            inner = self.assignment(right)
            source = right.field("left")
            value = self.expr(source)
            return inner + self.assign_to(left, value, node, source)
        if left.type in ("pattern_list", "tuple_pattern", "list_pattern"):
            return self.tuple_assignment(node, left, right)
        if left.type == "identifier" and self.module.facts[self.name].lambdas.get(node_text(left)) is right:
            return []  # `f = lambda ...`: inlined where f is called
        if hint is not None and left.type == "identifier":
            name = node_text(left)
            if name not in self.types.pinned:
                self.types.variables[name] = self.module.hint_type(hint)
                self.types.pinned.add(name)
                self.types.hinted.add(name)
        if left.type == "identifier" and node_text(left) not in self.module.global_names.get(self.name, ()):
            direct = self.build_into(node_text(left), right, node)
            if direct is not None:
                return direct
        value = self.expr(right)
        return self.assign_to(left, value, node, right)

    def assign_to(
        self,
        left: Syntax,
        value: ir.Expr,
        node: Syntax,
        value_node: Syntax | None,
    ) -> list[ir.Stmt]:
        loc = self.location(node)
        if left.type == "identifier":
            name = node_text(left)
            if name in self.module.global_names.get(self.name, ()):  # module state (state.py)
                return self.store_global(name, value, node)
            if name in self.module.functions or name in self.module.globals:
                raise self.unsupported(left, f"assignment to '{name}', which is a function or global")
            placeholder = (
                value_node
                if value_node is not None
                and value_node.type == "identifier"
                and node_text(value_node) in TYPE_NAMES
                and node_text(value_node) not in self.types.variables
                else None
            )  # `x = bool`: the type's name, not a value
            if placeholder is None:
                self.see(name, self.observed_value(value), loc)
            if isinstance(value, ir.Name) and isinstance(value.type, t.ArrayType | t.ListType | t.UnknownType):
                self.observations.aliases.add((name, self.python_name(value.id)))
            self.learn_sliced(name, value, value_node)
            self.check_growth(name, value)
            type_ = self.var_type(name)
            if self.final and placeholder is not None:
                # `x = bool`: the type object only stands for "declared here"; later values type x.
                zero = self.zero(type_)
                if zero is None:
                    raise self.unsupported(placeholder, f"'{name}' holding the type {node_text(placeholder)}")
                self.warn(
                    f"'{name} = {node_text(placeholder)}' holds a type object: translated as {describe(type_)} zero"
                )
                value = zero
            elif self.final:
                value = self.coerce(value, type_, value_node)
            if node.type == "assignment" and node.id in self.plan.at_assignment:
                return [ir.VarDecl(self.rename(name), type_, value, location=loc)]
            return [
                ir.ExprStmt(
                    ir.AssignExpr(ir.Name(self.rename(name), type=type_), value, type=type_), location=loc
                )
            ]
        if left.type == "subscript":
            target = self.subscript_target(left, value)
            if self.final:
                value = self.coerce(value, target.type, value_node)
            return [ir.ExprStmt(ir.AssignExpr(target, value, type=target.type), location=loc)]
        raise self.unsupported(left, f"assignment to '{node_text(left)}'")

    def store_global(self, name: str, value: ir.Expr, node: Syntax) -> list[ir.Stmt]:
        """``name = value`` where ``name`` is a module variable the function declares ``global``."""
        decl = self.module.globals[name]
        if self.final:
            value = store_global(name, decl, value, node, self.unsupported)
        target = ir.Name(name, type=decl.type, location=self.location(node))
        return [ir.ExprStmt(ir.AssignExpr(target, value, type=decl.type), location=self.location(node))]

    def learn_sliced(self, name: str, value: ir.Expr, value_node: Syntax | None) -> None:
        """``x = seq[i:j]`` with ``seq`` untyped: ``seq`` is a sequence of the kind ``x`` is."""
        if (
            value_node is None
            or value_node.type != "subscript"
            or value_node.field("subscript").type != "slice"
            or not isinstance(value, ir.Index)
            or not isinstance(value.base, ir.Name)
            or not isinstance(value.base.type, t.UnknownType)
        ):
            return
        sliced = self.var_type(name)
        if isinstance(sliced, t.StringType):
            self.see(self.python_name(value.base.id), t.STRING)
        elif isinstance(sliced, t.ArrayType | t.ListType):
            self.see(self.python_name(value.base.id), t.ArrayType(sliced.element))

    def check_growth(self, name: str, value: ir.Expr) -> None:
        """A variable that multiplies itself in a loop (``r *= i``, ``r = r * x``): 64 bits may not
        hold the result, so it becomes a big integer (``widths``; the next build has it), unless
        the product is only a part of its value (``r = r * x % m``, warned)."""
        if self.loop_depth and isinstance(value.type, t.IntType) and value.type.bits == 64:
            top = value
            while isinstance(top, ir.Cast):
                top = top.operand
            big = isinstance(top, ir.Binary) and top.op == B.MUL and name in names_used(top)
            if big and self.final and self.module.big_ints:
                self.module.grown.add((self.name, name))
                return
            for node in ir.walk(value):
                if isinstance(node, ir.Binary) and node.op == B.MUL and name in names_used(node):
                    self.warn(f"'{name}' is multiplied in a loop: Python integers never overflow, "
                              "64-bit integers may")  # fmt: skip
                    return

    def subscript_target(self, node: Syntax, value: ir.Expr) -> ir.Expr:
        base_node = node.field("value")
        index_node = node.child_by_field_name("subscript")
        if index_node is None or index_node.type == "slice":
            raise self.unsupported(node, "assignment to a slice")
        base = self.expr(base_node)
        self.note_sequence(base)
        if isinstance(base.type, t.StringType):
            raise self.unsupported(
                node, "assignment to a character of a string (Python strings are immutable)"
            )
        if isinstance(base.type, t.MapType):
            key = self.expr(index_node)
            self.element_hint(base, t.MapType(self.observed(key), self.observed(value)))
            key = self.coerce(key, base.type.key, index_node) if self.final else key
            return ir.Index(base, key, type=base.type.value, location=self.location(node))
        index = self.index_value(base, index_node)
        stored = self.observed(value)
        if isinstance(stored, t.IntType) and self.module.exact_ints and self_combination(value, base):
            # t[i][j] = t[i-1][j] + t[i][j-1]: values built from others of the same table grow
            # exponentially (counting tables); Python's never overflow, so use 64 bits.
            stored = t.LONG
        self.element_hint(base, t.ArrayType(stored))
        return ir.Index(base, index, type=t.element_type(base.type), location=self.location(node))

    def element_hint(self, base: ir.Expr, container: t.Type) -> None:
        """Record that ``base`` (a variable, or an element of one) holds ``container``'s elements."""
        path: list[str] = []
        current = base
        while isinstance(current, ir.Index):
            path.append("index")
            current = current.base
        if not isinstance(current, ir.Name):
            return
        name = self.python_name(current.id)
        existing = self.var_type(name)
        type_ = container
        for _ in path:
            type_ = t.MapType(existing.key, type_) if isinstance(existing, t.MapType) else t.ArrayType(type_)
        self.see(name, type_)

    def tuple_assignment(self, node: Syntax, left: Syntax, right: Syntax) -> list[ir.Stmt]:
        targets = left.named_children
        if right.type not in ("expression_list", "tuple") and len(targets) == 2:
            return self.unpack_pair(node, targets, right)
        if right.type not in ("expression_list", "tuple"):
            return self.unpack_tuple(node, targets, right)  # tuples.py
        if right.type not in ("expression_list", "tuple") or len(right.named_children) != len(targets):
            raise self.unsupported(node, "unpacking a value into several names")
        sources = right.named_children
        values = [self.expr(s) for s in sources]
        loc = self.location(node)
        # a, b = b, a: a swap.
        if (
            len(targets) == 2
            and node_text(targets[0]) == node_text(sources[1])
            and node_text(targets[1]) == node_text(sources[0])
        ):
            first = self.expr(targets[0])
            second = self.expr(targets[1])
            if targets[0].type in ("identifier", "subscript") and targets[1].type in (
                "identifier",
                "subscript",
            ):
                return [ir.ExprStmt(ir.LibraryCall(L.SWAP, (first, second), type=t.VOID), location=loc)]
        written = {node_text(n) for target in targets for n in descendants_or_self(target, "identifier")}
        read = {node_text(n) for source in sources for n in descendants_or_self(source, "identifier")}
        out: list[ir.Stmt] = []
        if written & read:
            temps: list[ir.Expr] = []
            for value in values:
                temp = self.fresh("temp")
                type_ = finalize(self.observed(value)) if self.final else value.type
                out.append(ir.VarDecl(temp, type_, value, location=loc))
                temps.append(ir.Name(temp, type=type_))
            values = temps
        for target, value, source in zip(targets, values, sources, strict=True):
            out.extend(self.assign_to(target, value, target, source))
        return out

    def unpack_pair(self, node: Syntax, targets: list[Syntax], right: Syntax) -> list[ir.Stmt]:
        """``a, b = f(x)``: the pair's parts, through a temporary unless it is a name."""
        value = self.expr(right)
        if isinstance(value.type, t.ListType | t.ArrayType):
            return self.unpack_sequence(node, targets, value)
        if not isinstance(value.type, t.PairType | t.UnknownType):
            raise self.unsupported(node, f"unpacking a {describe(value.type)} into two names")
        loc = self.location(node)
        out: list[ir.Stmt] = []
        if not isinstance(value, ir.Name):
            temp = self.fresh("pair")
            type_ = finalize(value.type) if self.final else value.type
            out.append(ir.VarDecl(temp, type_, value, location=loc))
            value = ir.Name(temp, type=type_)
        pair = value.type if isinstance(value.type, t.PairType) else t.PairType(t.UNKNOWN, t.UNKNOWN)
        parts = (
            ir.LibraryCall(L.PAIR_FIRST, (value,), type=pair.first),
            ir.LibraryCall(L.PAIR_SECOND, (value,), type=pair.second),
        )
        for target, part in zip(targets, parts, strict=True):
            out.extend(self.assign_to(target, part, target, None))
        return out

    def unpack_sequence(self, node: Syntax, targets: list[Syntax], value: ir.Expr) -> list[ir.Stmt]:
        """``a, b = parts`` of a list: Python's ValueError unless it has exactly that many elements,
        then each name gets its element (read from a temporary, so in order)."""
        loc = self.location(node)
        out: list[ir.Stmt] = []
        if not isinstance(value, ir.Name):
            temp = self.fresh("parts")
            type_ = finalize(value.type) if self.final else value.type
            out.append(ir.VarDecl(temp, type_, value, location=loc))
            value = ir.Name(temp, type=type_)
        count = ir.IntLiteral(len(targets), type=t.INT)
        wrong = ir.Binary(B.NE, self.length_of(value), count, type=t.BOOL)
        message = ir.StringLiteral(f"cannot unpack into {len(targets)} names", type=t.STRING)
        failed = ir.Block((ir.Throw("invalid_argument", message, location=loc),))
        out.append(ir.If(wrong, failed, location=loc))
        element = t.element_type(value.type)
        for position, target in enumerate(targets):
            part = ir.Index(value, ir.IntLiteral(position, type=t.INT), type=element)
            out.extend(self.assign_to(target, part, target, None))
        return out

    def augmented(self, node: Syntax) -> list[ir.Stmt]:
        left, right = node.field("left"), node.field("right")
        operator = node_text(node.field("operator"))[:-1]
        target = self.expr(left)
        value = self.expr(right)
        loc = self.location(node)
        if operator == "+" and isinstance(target.type, t.ListType | t.ArrayType) and left.type == "identifier":
            # `xs += ys` extends the list in place (every alias sees it): appends, a growing list
            self.observations.grows.add(node_text(left))
            self.element_hint(target, t.ListType(t.element_type(value.type)))
            return self.appended(target, value, loc)
        combined = self.binary(operator, target, value, node)
        if left.type == "identifier" and node_text(left) in self.module.global_names.get(self.name, ()):
            return self.store_global(node_text(left), combined, node)  # module state (state.py)
        if left.type == "identifier":
            name = node_text(left)
            self.see(name, self.observed(combined), loc)
            self.check_growth(name, combined)
        elif left.type == "subscript":
            base = self.expr(left.field("value"))
            if isinstance(base.type, t.MapType):
                self.element_hint(base, t.MapType(t.UNKNOWN, self.observed(combined)))
            else:
                stored = self.observed(combined)
                if (
                    isinstance(stored, t.IntType)
                    and self.module.exact_ints
                    and self_combination(combined, base)
                ):
                    stored = t.LONG  # t[i][j] += t[i-1][j]: see subscript_target
                self.element_hint(base, t.ArrayType(stored))
        else:
            raise self.unsupported(left, f"assignment to '{node_text(left)}'")
        if self.final:
            combined = self.coerce(combined, target.type, node)
        simple = {B.ADD, B.SUB, B.MUL, B.TRUNC_DIV, B.TRUNC_MOD, B.BIT_AND, B.BIT_OR, B.BIT_XOR, B.SHL, B.SHR}
        if (
            isinstance(combined, ir.Binary)
            and combined.op in simple
            and combined.left == target
            and combined.type == target.type
        ):
            if isinstance(target.type, t.StringType) and isinstance(
                combined.right.type, t.CharType | t.StringType
            ):
                return [
                    ir.ExprStmt(
                        ir.AssignExpr(target, combined.right, op=B.ADD, type=target.type), location=loc
                    )
                ]
            if not isinstance(target.type, t.StringType):
                return [
                    ir.ExprStmt(
                        ir.AssignExpr(target, combined.right, op=combined.op, type=target.type), location=loc
                    )
                ]
        return [ir.ExprStmt(ir.AssignExpr(target, combined, type=target.type), location=loc)]
