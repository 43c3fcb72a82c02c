"""Statements: the dispatch of a function body's statements, ``if``, ``while``, ``return``,
and ``try``/``except IndexError`` as a bounds check."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.python.frontend.base import BuilderBase
from transcoder.engines.rules.python.frontend.containers import NOTHING
from transcoder.engines.rules.python.frontend.irtools import B
from transcoder.engines.rules.python.frontend.syntax import constant_value
from transcoder.engines.rules.python.frontend.tree import Syntax, decorator_text, node_text
from transcoder.engines.rules.python.infer import NONE, describe
from transcoder.errors import SourceLocation

_LITERAL_NODES = frozenset({"identifier", "integer", "float", "string", "true", "false", "none"})


def _cannot_raise(statement: Syntax) -> bool:
    """Whether a statement surely raises nothing: a jump, or a name given a literal or a name."""
    if statement.type in ("continue_statement", "break_statement", "pass_statement", "comment"):
        return True
    if statement.type == "return_statement":
        return all(c.type in _LITERAL_NODES for c in statement.named_children)
    if statement.type == "expression_statement" and statement.named_children[0].type in (
        "assignment",
        "augmented_assignment",
    ):
        assignment = statement.named_children[0]
        operator = assignment.child_by_field_name("operator")  # only += and the like have one
        right = assignment.child_by_field_name("right")  # `x: int` has none
        return (
            assignment.field("left").type == "identifier"
            and right is not None
            and right.type in _LITERAL_NODES
            and (operator is None or node_text(operator) in ("+=", "-=", "*=", "|=", "&=", "^="))
        )
    return False


def _guards_indexing(node: Syntax) -> bool:
    """``try: S except IndexError: H`` with one statement S: ``try_statement``'s bounds check."""
    clauses = [c for c in node.named_children if c.type in ("except_clause", "else_clause", "finally_clause")]
    if len(clauses) != 1 or clauses[0].type != "except_clause":
        return False
    caught = [c for c in clauses[0].named_children if c.type not in ("block", "comment")]
    body = [c for c in node.field("body").named_children if c.type != "comment"]
    names = [node_text(c) for c in caught]
    return len(body) == 1 and names in ([], ["IndexError"], ["LookupError"], ["Exception"])


def _mark_breaks(stmt: ir.Stmt, flag: ir.Name) -> tuple[ir.Stmt, bool]:
    """``stmt`` (a loop) with each ``break`` of its own body setting ``flag`` first, and whether
    there was one (breaks of nested loops are theirs)."""
    found = False

    def mark(node: ir.Stmt, top: bool) -> ir.Stmt:
        nonlocal found
        if isinstance(node, ir.Break):
            found = True
            set_flag = ir.ExprStmt(ir.AssignExpr(flag, ir.BoolLiteral(True, type=t.BOOL), type=t.BOOL))
            return ir.Block((set_flag, node))
        if isinstance(node, ir.While | ir.For | ir.ForEach | ir.DoWhile) and not top:
            return node
        if isinstance(node, ir.Block):
            body: list[ir.Stmt] = []
            for inner in node.body:
                marked = mark(inner, False)
                body.extend(marked.body if isinstance(inner, ir.Break) and isinstance(marked, ir.Block) else (marked,))
            return dataclasses.replace(node, body=tuple(body))
        if isinstance(node, ir.If):
            otherwise = mark(node.otherwise, False) if node.otherwise is not None else None
            return dataclasses.replace(node, then=mark(node.then, False), otherwise=otherwise)
        if isinstance(node, ir.While | ir.For | ir.ForEach | ir.DoWhile):
            return dataclasses.replace(node, body=mark(node.body, False))
        if isinstance(node, ir.Try):
            handlers = tuple(dataclasses.replace(h, body=block(h.body)) for h in node.handlers)
            final = block(node.final) if node.final is not None else None
            return dataclasses.replace(node, body=block(node.body), handlers=handlers, final=final)
        return node

    def block(node: ir.Block) -> ir.Block:
        marked = mark(node, False)
        assert isinstance(marked, ir.Block)
        return marked

    return mark(stmt, True), found


class Statements(BuilderBase):
    def statement(self, node: Syntax) -> list[ir.Stmt]:
        kind = node.type
        loc = self.location(node)
        if kind == "expression_statement":
            return self.expression_statement(node, loc)
        if kind == "return_statement":
            return self.return_statement(node, loc)
        if kind == "if_statement":
            return self.if_statement(node)
        if kind == "try_statement":
            return self.try_statement(node) if _guards_indexing(node) else self.general_try(node)
        if kind == "delete_statement":
            return self.delete_statement(node)
        if kind == "raise_statement":
            return self.raise_statement(node)
        if kind == "assert_statement":
            return self.assert_statement(node)
        if kind == "while_statement":
            return self.while_statement(node, loc)
        if kind == "for_statement":
            if node.child_by_field_name("alternative") is not None:
                return self.with_else(node, lambda: self.for_statement(node))
            return self.for_statement(node)
        if kind == "break_statement":
            return [ir.Break(location=loc)]
        if kind == "continue_statement":
            return [ir.Continue(location=loc)]
        if kind == "pass_statement":
            return []
        if kind == "function_definition":
            return []  # hoisted to the module level
        if kind == "decorated_definition":  # hoisted without its decorator: refused by its name
            decorator = next(d for d in node.named_children if d.type == "decorator")
            raise self.unsupported(decorator, f"decorator '@{decorator_text(decorator)}' of a nested function or class")
        if kind == "global_statement":
            names = [node_text(n) for n in node.named_children]
            if any(n in self.types.variables and n not in self.module.globals for n in names):
                raise self.unsupported(node, "assignment to a global variable")
            return []
        raise self.unsupported(node)

    def expression_statement(self, node: Syntax, loc: SourceLocation) -> list[ir.Stmt]:
        inner = node.named_children[0]
        if inner.type == "assignment":
            return self.flush(self.assignment(inner))
        if inner.type == "augmented_assignment":
            return self.flush(self.augmented(inner))
        if inner.type == "string":
            return []  # a docstring
        if inner.type == "call":
            value = self.call(inner, statement=True)
            if value is None or value is NOTHING:
                return self.flush([])
            return self.flush([ir.ExprStmt(value, location=loc)])
        raise self.unsupported(inner, f"expression statement '{node_text(inner)[:40]}'")

    def with_else(self, node: Syntax, loop: Callable[[], list[ir.Stmt]]) -> list[ir.Stmt]:
        """``for``/``while`` ... ``else``: the else block runs when the loop ends without ``break``;
        each ``break`` of the loop first sets a flag the else block is guarded by."""
        loc = self.location(node)
        flag = ir.Name(self.fresh("broke"), type=t.BOOL)
        statements = loop()
        *before, built = statements
        marked, broke = _mark_breaks(built, flag)
        alternative = node.field("alternative")
        otherwise = self.body_of(next(c for c in alternative.named_children if c.type == "block"))
        if not broke:
            return [*before, built, *otherwise.body]  # no break: the else block always runs
        declare = ir.VarDecl(flag.id, t.BOOL, ir.BoolLiteral(False, type=t.BOOL), location=loc)
        guard = ir.If(ir.Unary(ir.UnaryOp.NOT, flag, type=t.BOOL), otherwise, location=self.location(alternative))
        return [declare, *before, marked, guard]

    def while_statement(self, node: Syntax, loc: SourceLocation) -> list[ir.Stmt]:
        if node.child_by_field_name("alternative") is not None:
            return self.with_else(node, lambda: self.while_loop(node, loc))
        return self.while_loop(node, loc)

    def while_loop(self, node: Syntax, loc: SourceLocation) -> list[ir.Stmt]:
        condition = self.condition(self.expr(node.field("condition")))
        if self.pre:
            raise self.unsupported(node, "a loop condition that needs statements of its own")
        self.loop_depth += 1
        body = self.body_of(node.field("body"))
        self.loop_depth -= 1
        return [ir.While(condition, body, location=loc)]

    def return_statement(self, node: Syntax, loc: SourceLocation) -> list[ir.Stmt]:
        values = node.named_children
        if not values:
            return [self.none_returned(node, loc, "a bare 'return'")]
        value = self.tuple_of(values[0]) if values[0].type == "expression_list" else self.expr(values[0])
        self.observations.returns.append((self.observed_value(value), loc))
        if self.final:
            if isinstance(self.types.result, t.VoidType):
                if isinstance(value, ir.NullLiteral):
                    return self.flush([ir.Return(location=loc)])
                raise self.unsupported(node, "returning a value from a function typed as returning nothing")
            self.note_return(value)  # calls.py
            value = self.coerce(self.returned(value, loc), self.types.result, values[0])
        return self.flush([ir.Return(value, location=loc)])

    def none_returned(self, node: Syntax, loc: SourceLocation, what: str) -> ir.Return:
        """A bare ``return``, or the end of the body reached: Python returns None, which makes the
        result of a function returning a value elsewhere an optional (``infer.join``)."""
        self.observations.returns.append((NONE, loc))
        result = self.types.result
        if not self.final or isinstance(result, t.VoidType):
            return ir.Return(location=loc)
        if not isinstance(result, t.OptionalType | t.ClassType | t.FunctionType):
            raise self.unsupported(
                node, f"{what}: Python returns None where the result is {describe(result)}, which has no None"
            )
        return ir.Return(ir.NullLiteral(type=result, location=loc), location=loc)

    def fall_off_end(self, body: list[ir.Stmt], node: Syntax) -> list[ir.Stmt]:
        """The implicit ``return None`` at the end of a body that may reach it, in a function that
        returns a value on another path (nothing where every return is bare: a procedure)."""
        if self.final and isinstance(self.types.result, t.VoidType):
            return []
        if all(type_ == NONE for type_, _ in self.observations.returns) or not all(map(_may_complete, body)):
            return []
        last = node.named_children[-1] if node.named_children else node
        what = f"the end of '{self.name}' reached"
        return [self.none_returned(last, self.location(last), what)]

    def returned(self, value: ir.Expr, loc: SourceLocation) -> ir.Expr:
        """A returned value converted where a pinned interface's result type differs from Python's."""
        if (
            self.implements_signature
            and isinstance(value.type, t.FloatType)
            and isinstance(self.types.result, t.IntType)
        ):
            # The interface returns an int where Python computes a float: converting at
            # the boundary truncates, as a person implementing that interface would.
            self.warn(
                f"line {loc.line}: Python returns a float where the interface returns "
                f"{describe(self.types.result)}: truncated toward zero"
            )
            return ir.Cast(value, type=self.types.result, location=loc)
        if (
            self.implements_signature
            and isinstance(self.types.result, t.BoolType)
            and isinstance(value.type, t.IntType | t.FloatType)
            and not (isinstance(value, ir.IntLiteral) and value.value in (0, 1))
        ):
            # The interface returns a bool where Python returns a number: its truth value.
            self.warn(
                f"line {loc.line}: Python returns a number where the interface returns a bool: "
                "its truth value (non-zero) is returned"
            )
            return self.condition(value)
        return value

    def if_statement(self, node: Syntax) -> list[ir.Stmt]:
        condition = self.condition(self.expr(node.field("condition")))
        pre, self.pre = self.pre, []
        then = self.body_of(node.field("consequence"))
        clauses = [c for c in node.children if c.type in ("elif_clause", "else_clause")]
        otherwise: ir.Stmt | None = None
        for clause in reversed(clauses):
            if clause.type == "else_clause":
                otherwise = self.body_of(clause.field("body"))
            else:
                test = self.condition(self.expr(clause.field("condition")))
                clause_pre, self.pre = self.pre, []
                branch = ir.If(test, self.body_of(clause.field("consequence")), otherwise,
                               location=self.location(clause))  # fmt: skip
                otherwise = ir.Block((*tuple(clause_pre), branch)) if clause_pre else branch
        return [*pre, ir.If(condition, then, otherwise, location=self.location(node))]

    def try_statement(self, node: Syntax) -> list[ir.Stmt]:
        """``try: S except IndexError: H`` where S fails only by indexing out of range.

        S is one statement: an ``if`` whose branches cannot fail, an assignment to a name, or a
        ``return``. It becomes ``if (every index S evaluates is in range) S else H``; the guard
        follows Python's evaluation order (``a or b`` reads ``b`` only when ``a`` is false), so H
        runs exactly when Python's S would have raised. Anything else that can raise (a call, a
        division, a dict lookup) is refused: the handler would have to catch it too.
        """
        clauses = [
            c for c in node.named_children if c.type in ("except_clause", "else_clause", "finally_clause")
        ]
        handlers = [c for c in clauses if c.type == "except_clause"]
        if len(handlers) != 1 or len(clauses) != 1:
            raise self.unsupported(node, "try statement other than one except clause")
        handler = handlers[0]
        caught = [c for c in handler.named_children if c.type != "block"]
        if caught and (
            len(caught) != 1 or node_text(caught[0]) not in ("IndexError", "LookupError", "Exception")
        ):
            raise self.unsupported(handler, f"except clause '{node_text(handler).splitlines()[0]}'")
        statements = [c for c in node.field("body").named_children if c.type != "comment"]
        handler_block = next(c for c in handler.named_children if c.type == "block")
        if len(statements) != 1:
            raise self.unsupported(node, "try statement whose body is not a single statement")
        statement = statements[0]
        if statement.type == "if_statement":
            if any(c.type == "elif_clause" for c in statement.children):
                raise self.unsupported(statement, "elif inside a try statement")
            branches = [statement.field("consequence")] + [
                c.field("body") for c in statement.children if c.type == "else_clause"
            ]
            for branch in branches:
                for inner in branch.named_children:
                    if not _cannot_raise(inner):
                        raise self.unsupported(inner, "a statement that may raise inside a try statement")
            checked = statement.field("condition")
        elif statement.type == "return_statement" and statement.named_children:
            checked = statement.named_children[0]
        elif (
            statement.type == "expression_statement"
            and statement.named_children[0].type in ("assignment", "augmented_assignment")
            and statement.named_children[0].field("left").type == "identifier"
        ):
            checked = statement.named_children[0].field("right")
        else:
            raise self.unsupported(statement, "a statement of this kind inside a try statement")
        guard = self.in_range(checked)
        if self.pre:
            raise self.unsupported(
                checked, "an expression inside a try statement that needs statements of its own"
            )
        self.wrapping_indices, wrapping = True, self.wrapping_indices
        try:
            body = self.statement(statement)
        finally:
            self.wrapping_indices = wrapping
        if self.pre:
            raise self.unsupported(
                checked, "an expression inside a try statement that needs statements of its own"
            )
        if guard is None:
            return body  # nothing in it can fail: the handler never runs
        self.warn(f"line {self.location(node).line}: try/except of an index error: a bounds check")
        loc = self.location(node)
        return [ir.If(guard, ir.Block(tuple(body), location=loc), self.body_of(handler_block), location=loc)]

    def in_range(self, node: Syntax) -> ir.Expr | None:
        """A condition true exactly when evaluating ``node`` raises no IndexError (None: never
        raises); refuses what may raise otherwise."""
        kind = node.type

        def both(a: ir.Expr | None, b: ir.Expr | None) -> ir.Expr | None:
            if a is None or b is None:
                return a or b
            return ir.Binary(B.AND, a, b, type=t.BOOL)

        if kind in ("identifier", "integer", "float", "string", "true", "false", "none"):
            return None
        if kind in ("parenthesized_expression", "not_operator", "unary_operator"):
            return self.in_range(node.named_children[-1])
        if kind == "boolean_operator":
            left, right = node.field("left"), node.field("right")
            left_guard, right_guard = self.in_range(left), self.in_range(right)
            if right_guard is None:
                return left_guard
            # `a or b` evaluates b only when a is false; `a and b` only when a is true.
            taken = self.condition(self.expr(left))
            if node_text(node.field("operator")) == "or":
                skip = taken
            else:
                skip = ir.Unary(ir.UnaryOp.NOT, taken, type=t.BOOL)
            return both(left_guard, ir.Binary(B.OR, skip, right_guard, type=t.BOOL))
        if kind == "comparison_operator":
            operands = node.named_children
            guards = [g for g in (self.in_range(o) for o in operands) if g is not None]
            if len(operands) > 2 and guards:
                raise self.unsupported(node, "a chained comparison that may raise inside a try statement")
            return both(guards[0], guards[1]) if len(guards) == 2 else (guards[0] if guards else None)
        if kind == "binary_operator":
            right = node.field("right")
            operator = node_text(node.field("operator"))
            divisor = constant_value(right)
            if operator in ("/", "//", "%") and not (
                isinstance(divisor, ir.IntLiteral | ir.FloatLiteral) and divisor.value != 0
            ):
                raise self.unsupported(node, "a division that may raise inside a try statement")
            return both(self.in_range(node.field("left")), self.in_range(right))
        if kind == "call" and node_text(node.field("function")) == "len":
            arguments = node.field("arguments").named_children
            return self.in_range(arguments[0]) if len(arguments) == 1 else None
        if kind == "subscript":
            base_node = node.field("value")
            index_node = node.field("subscript")
            base_guard = self.in_range(base_node)
            if index_node.type == "slice":  # slices never raise
                bounds = [self.in_range(c) for c in index_node.named_children]
                return functools.reduce(both, bounds, base_guard)
            base = self.expr(base_node)
            if isinstance(base.type, t.UnknownType) and not self.final:
                return None  # not known yet: the build of the statement itself learns it
            if not isinstance(base.type, t.StringType | t.ArrayType | t.ListType):
                raise self.unsupported(node, "a lookup that may raise inside a try statement")
            index = self.expr(index_node)
            length = self.length_of(base)
            if isinstance(index, ir.IntLiteral):
                # s[2] needs len(s) > 2; s[-1] needs len(s) >= 1.
                bound = index.value if index.value >= 0 else -index.value - 1
                check: ir.Expr = ir.Binary(B.GT, length, self.int_literal(bound), type=t.BOOL)
            else:
                check = ir.Binary(
                    B.AND,
                    ir.Binary(B.GE, index, ir.Unary(ir.UnaryOp.NEG, length, type=t.INT), type=t.BOOL),
                    ir.Binary(B.LT, index, length, type=t.BOOL),
                    type=t.BOOL,
                )
            return both(both(base_guard, self.in_range(index_node)), check)
        raise self.unsupported(
            node, f"{kind.replace('_', ' ')} '{node_text(node)[:30]}' inside a try statement"
        )


def _may_complete(stmt: ir.Stmt) -> bool:
    """Whether control may reach the end of ``stmt`` (True where unsure: a Python loop whose
    condition is not the literal True may end, a ``try`` whose handler ends ends)."""
    if isinstance(stmt, ir.Return | ir.Throw | ir.Break | ir.Continue):
        return False
    if isinstance(stmt, ir.Block):
        return all(_may_complete(s) for s in stmt.body)
    if isinstance(stmt, ir.If):
        return stmt.otherwise is None or _may_complete(stmt.then) or _may_complete(stmt.otherwise)
    if isinstance(stmt, ir.Labeled):
        label = stmt.label
        return _may_complete(stmt.body) or any(isinstance(n, ir.Break) and n.label == label for n in ir.walk(stmt))
    if isinstance(stmt, ir.While | ir.DoWhile):
        forever = isinstance(stmt.condition, ir.BoolLiteral) and stmt.condition.value
        return not forever or _breaks_out(stmt.body)
    if isinstance(stmt, ir.For):
        return stmt.condition is not None or _breaks_out(stmt.body)
    if isinstance(stmt, ir.Try):
        inside = _may_complete(stmt.body) or any(_may_complete(h.body) for h in stmt.handlers)
        return inside and (stmt.final is None or _may_complete(stmt.final))
    return True


def _breaks_out(stmt: ir.Node) -> bool:
    """Whether ``stmt``, a loop's body, holds an unlabelled ``break`` of that loop."""
    if isinstance(stmt, ir.Break):
        return stmt.label is None
    if isinstance(stmt, ir.While | ir.For | ir.DoWhile | ir.ForEach | ir.Switch):
        return False
    return any(_breaks_out(child) for child in ir.children(stmt))
