"""Expressions: literals, names, operators, comparisons, conditional expressions."""

from __future__ import annotations

import ast
import builtins

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.python.frontend.base import BuilderBase
from transcoder.engines.rules.python.frontend.irtools import B, L, array_of, int_of_bool, small_constant
from transcoder.engines.rules.python.frontend.optionals import as_optional, unwrap
from transcoder.engines.rules.python.frontend.syntax import TYPE_NAMES
from transcoder.engines.rules.python.frontend.tree import Syntax, node_text
from transcoder.engines.rules.python.frontend.unhinted import unhinted_parameter
from transcoder.engines.rules.python.infer import WEAK01, WEAK_INF, TypeConflict, describe, finalize, join
from transcoder.errors import SourceLocation, SyntaxErrorInSource, UnsupportedConstruct

_COMPARE = {"==": B.EQ, "!=": B.NE, "<": B.LT, "<=": B.LE, ">": B.GT, ">=": B.GE, "is": B.EQ, "is not": B.NE}
_BITS = {"&": B.BIT_AND, "|": B.BIT_OR, "^": B.BIT_XOR, "<<": B.SHL, ">>": B.SHR}


class Expressions(BuilderBase):
    def expr_parenthesized_expression(self, node: Syntax) -> ir.Expr:
        inner = [c for c in node.named_children if c.type != "comment"]
        if len(inner) != 1:
            raise self.unsupported(node)
        return self.expr(inner[0])

    def expr_identifier(self, node: Syntax) -> ir.Expr:
        name = node_text(node)
        loc = self.location(node)
        if name in self.inline_values:
            return self.inline_values[name]
        if name in self.types.variables or name in self.types.params:
            read = ir.Name(self.rename(name), type=self.var_type(name), location=loc)
            if isinstance(read.type, t.OptionalType) and not isinstance(read.type.value, t.UnknownType):
                return unwrap(read)  # its value; the optional itself where a sink asks (optionals.py)
            return read
        if name in self.module.globals:
            return ir.Name(name, type=self.module.globals[name].type, location=loc)
        if name in TYPE_NAMES and node.parent is not None and node.parent.type == "assignment":
            return ir.NullLiteral(type=t.UNKNOWN, location=loc)  # `x = int`; assign_to gives x a zero
        if self.final:
            if name in dir(builtins) or name in self.module.functions:
                raise self.unsupported(
                    node, f"the function '{name}' used as a value (not called; no local has that name)"
                )
            raise self.unsupported(node, f"name '{name}' (not a parameter, local, or module constant)")
        return ir.Name(name, type=t.UNKNOWN, location=loc)

    def expr_integer(self, node: Syntax) -> ir.Expr:
        text = node_text(node)
        if text[-1] in "jJ":
            raise self.unsupported(node, "complex number")
        try:  # Python 3's own reading: `0o17`, `0b101`, `1_000`, `0x_ff`; not Python 2's `1L`, `017`
            value = int(text, 0)
        except ValueError:
            raise SyntaxErrorInSource(
                f"syntax error in python source: invalid integer literal '{text}'", self.location(node)
            ) from None
        if value >= 2**63:
            raise self.unsupported(node, "integer literal beyond 64 bits")
        return self.int_literal(value, self.location(node))

    def expr_float(self, node: Syntax) -> ir.Expr:
        text = node_text(node).replace("_", "")
        if text[-1] in "jJ":
            raise self.unsupported(node, "complex number")
        return ir.FloatLiteral(float(text), text, type=t.DOUBLE, location=self.location(node))

    def expr_true(self, node: Syntax) -> ir.Expr:
        return ir.BoolLiteral(True, type=t.BOOL, location=self.location(node))

    def expr_false(self, node: Syntax) -> ir.Expr:
        return ir.BoolLiteral(False, type=t.BOOL, location=self.location(node))

    def expr_none(self, node: Syntax) -> ir.Expr:
        return ir.NullLiteral(type=t.UNKNOWN, location=self.location(node))

    def expr_string(self, node: Syntax) -> ir.Expr:
        text = node_text(node)
        start = next((c for c in node.children if c.type == "string_start"), None)
        prefix = node_text(start).rstrip("'\"").lower() if start is not None else ""
        if "b" in prefix:
            raise self.unsupported(node, "bytes literal")
        if "f" in prefix or any(c.type == "interpolation" for c in node.children):
            return self.f_string(node)
        try:
            value = ast.literal_eval(text)
        except (ValueError, SyntaxError):
            raise self.unsupported(node, "string literal") from None
        loc = self.location(node)
        if isinstance(value, str) and len(value) == 1:
            return ir.CharLiteral(value, type=t.CHAR, location=loc)
        return ir.StringLiteral(str(value), type=t.STRING, location=loc)

    expr_concatenated_string = expr_string

    def expr_conditional_expression(self, node: Syntax) -> ir.Expr:
        parts = [c for c in node.named_children if c.type != "comment"]
        then, test, otherwise = parts
        condition = self.condition(self.expr(test))
        mark = len(self.pre)  # the test always runs: statements it needs may go first
        then_value = self.expr(then)
        then_statements = self.pre[mark:]
        del self.pre[mark:]
        else_value = self.expr(otherwise)
        else_statements = self.pre[mark:]
        del self.pre[mark:]
        type_ = self.join_types(then_value, else_value, node)
        if self.final:
            type_ = finalize(type_)
            then_value, else_value = (
                self.coerce(then_value, type_, then),
                self.coerce(else_value, type_, otherwise),
            )
        loc = self.location(node)
        if not then_statements and not else_statements:
            return ir.Conditional(condition, then_value, else_value, type=type_, location=loc)
        # a branch needs statements (max(xs, key=f), s.index(c)): they run only where Python
        # evaluates that branch, each branch assigning the value to a variable of its own
        chosen = ir.Name(self.fresh("chosen"), type=type_)
        self.pre.append(ir.VarDecl(chosen.id, type_, None, location=loc))
        branches = [
            ir.Block((*statements, ir.ExprStmt(ir.AssignExpr(chosen, value, type=type_))))
            for statements, value in ((then_statements, then_value), (else_statements, else_value))
        ]
        self.pre.append(ir.If(condition, branches[0], branches[1], location=loc))
        return chosen

    def join_types(self, a: ir.Expr, b: ir.Expr, node: Syntax) -> t.Type:
        try:
            if isinstance(a, ir.NullLiteral) or isinstance(b, ir.NullLiteral):
                return join(self.observed_value(a), self.observed_value(b))  # `x if c else None`
            return join(self.observed(a), self.observed(b))
        except TypeConflict as conflict:
            raise UnsupportedConstruct(
                f"rules engine: cannot give one static type to the values here: {conflict}",
                self.location(node),
            ) from None

    def expr_not_operator(self, node: Syntax) -> ir.Expr:
        tested = self.condition(self.expr(node.field("argument")))
        if isinstance(tested, ir.Unary) and tested.op == ir.UnaryOp.NOT:
            return tested.operand  # `not xs` of a container: its emptiness test, not a double negation
        return ir.Unary(ir.UnaryOp.NOT, tested, type=t.BOOL, location=self.location(node))

    def expr_unary_operator(self, node: Syntax) -> ir.Expr:
        operator = node_text(node.field("operator"))
        operand = self.expr(node.field("argument"))
        loc = self.location(node)
        if operator == "-" and isinstance(operand, ir.IntLiteral):
            return (
                self.int_literal(-operand.value, loc)
                if self.final or operand.value not in (0, 1)
                else ir.IntLiteral(-operand.value, type=t.INT, location=loc)
            )
        if operator == "-" and isinstance(operand, ir.FloatLiteral):
            return ir.FloatLiteral(-operand.value, "-" + operand.text, type=operand.type, location=loc)
        if operator == "-" and isinstance(operand, ir.LibraryCall) and operand.type == WEAK_INF:
            return ir.LibraryCall(L.INT_MIN, (), type=WEAK_INF, location=loc)
        type_ = self.arith_type(operand.type, t.INT)
        if isinstance(operand.type, t.BoolType):
            operand = ir.Cast(operand, type=t.INT)
        op = {"-": ir.UnaryOp.NEG, "+": ir.UnaryOp.POS, "~": ir.UnaryOp.BIT_NOT}[operator]
        if op == ir.UnaryOp.NEG and self.widened(node, type_):
            type_, operand = t.LONG, self.long_operand(operand)
        return self.from_syntax(ir.Unary(op, operand, type=type_, location=loc), node)

    def long_operand(self, value: ir.Expr) -> ir.Expr:
        """An int operand of arithmetic computed in 64 bits (a literal is retyped, in the final build)."""
        if not self.final or not (isinstance(value.type, t.IntType) and value.type.bits in (1, 32)):
            return value
        if isinstance(value, ir.IntLiteral):
            return ir.IntLiteral(value.value, type=t.LONG, location=value.location)
        return ir.Cast(value, type=t.LONG, location=value.location)

    def big_operand(self, value: ir.Expr) -> ir.Expr:
        """An int operand of arithmetic computed in a big integer (``widths``)."""
        if not self.final or not isinstance(value.type, t.IntType) or value.type == t.BIGINT:
            return value
        if isinstance(value, ir.IntLiteral):
            return ir.IntLiteral(value.value, type=t.BIGINT, location=value.location)
        return ir.Cast(value, type=t.BIGINT, location=value.location)

    def arith_type(self, a: t.Type, b: t.Type) -> t.Type:
        a = t.INT if a in (WEAK01,) or isinstance(a, t.BoolType) else a
        b = t.INT if b in (WEAK01,) or isinstance(b, t.BoolType) else b
        if isinstance(a, t.UnknownType) or isinstance(b, t.UnknownType):
            known = b if isinstance(a, t.UnknownType) else a
            return known if isinstance(known, t.IntType | t.FloatType) and known != WEAK_INF else t.UNKNOWN
        if a == WEAK_INF or b == WEAK_INF:
            return b if a == WEAK_INF else a
        if isinstance(a, t.FloatType) or isinstance(b, t.FloatType):
            return t.DOUBLE
        if isinstance(a, t.IntType) and isinstance(b, t.IntType):
            if a.bits is None or b.bits is None:
                return t.BIGINT
            return t.LONG if 64 in (a.bits, b.bits) else t.INT
        return t.UNKNOWN

    def expr_boolean_operator(self, node: Syntax) -> ir.Expr:
        operator = node_text(node.field("operator"))
        left = self.expr(node.field("left"))
        mark = len(self.pre)
        right = self.expr(node.field("right"))
        op = B.AND if operator == "and" else B.OR
        loc = self.location(node)
        both_bool = all(
            isinstance(v.type, t.BoolType | t.UnknownType)
            or (isinstance(v, ir.Binary) and v.op in ir.COMPARISONS)
            for v in (left, right)
        )
        if len(self.pre) != mark:
            if not (both_bool or not self.value_context(node)):
                raise self.unsupported(node, f"the right operand of '{operator}' needs statements of its own")
            return self.short_circuit(op, left, right, mark, loc)
        if both_bool or not self.value_context(node):
            return ir.Binary(op, self.condition(left), self.condition(right), type=t.BOOL, location=loc)
        # `x or y` as a value: x if x is truthy, else y (Python returns an operand, not a bool).
        if not isinstance(left, ir.Name | ir.IntLiteral):
            raise self.unsupported(node, f"'{operator}' used for its value on non-boolean operands")
        type_ = self.join_types(left, right, node)
        if self.final:
            type_ = finalize(type_)
            left, right = self.coerce(left, type_, None), self.coerce(right, type_, None)
        test = self.condition(left)
        if op == B.OR:
            return ir.Conditional(test, left, right, type=type_, location=loc)
        return ir.Conditional(test, right, left, type=type_, location=loc)

    def short_circuit(
        self, op: ir.BinaryOp, left: ir.Expr, right: ir.Expr, mark: int, loc: SourceLocation
    ) -> ir.Expr:
        """``a or b`` / ``a and b`` as a truth value where ``b`` needs statements (``s.isupper()``):
        they run, with ``b``, only where Python evaluates ``b`` (``a`` false for ``or``, true
        for ``and``)."""
        right_statements, self.pre = self.pre[mark:], self.pre[:mark]
        result = ir.Name(self.fresh("either" if op == B.OR else "both"), type=t.BOOL)
        self.pre.append(ir.VarDecl(result.id, t.BOOL, self.condition(left), location=loc))
        decide = ir.ExprStmt(ir.AssignExpr(result, self.condition(right), type=t.BOOL))
        needed: ir.Expr = result if op == B.AND else ir.Unary(ir.UnaryOp.NOT, result, type=t.BOOL)
        self.pre.append(ir.If(needed, ir.Block((*right_statements, decide)), location=loc))
        return result

    def value_context(self, node: Syntax) -> bool:
        parent = node.parent
        while parent is not None and parent.type == "parenthesized_expression":
            parent = parent.parent
        if parent is None:
            return True
        if parent.type in (
            "if_statement",
            "elif_clause",
            "while_statement",
            "not_operator",
            "boolean_operator",
            "if_clause",
        ):
            return False
        return not (parent.type == "conditional_expression" and parent.named_children[1] == node)

    def expr_comparison_operator(self, node: Syntax) -> ir.Expr:
        operands = [c for c in node.children if c.is_named and c.type != "comment"]
        operators = [
            " ".join(node_text(c).split())
            for c in node.children
            if not c.is_named or c.type in ("not in", "is not")
        ]
        operators = [o for o in operators if o not in ("(", ")")]
        values = [self.expr(o) for o in operands]
        loc = self.location(node)
        if len(operators) == 1 and operators[0] in ("==", "!=", "is", "is not") and all(map(_none_valued, values)):
            return self.nones_compared(values, operators[0] in ("==", "is"), node)
        result: ir.Expr | None = None
        for index, operator in enumerate(operators):
            left, right = values[index], values[index + 1]
            piece = self.compare(operator, left, right, node)
            result = piece if result is None else ir.Binary(B.AND, result, piece, type=t.BOOL, location=loc)
        assert result is not None
        return result

    def nones_compared(self, values: list[ir.Expr], equal: bool, node: Syntax) -> ir.Expr:
        """``f() == g()`` (or ``is``, ``!=``, a None literal) of functions returning nothing: both
        are None, so the answer is known once the calls ran, in order, as statements first (only
        where the comparison is the first thing its statement computes)."""
        calls = [v for v in values if isinstance(v, ir.Call)]
        if calls and not _computed_first(node):
            raise self.unsupported(node, "a comparison of calls returning None inside another expression")
        self.pre.extend(ir.ExprStmt(call, location=call.location) for call in calls)
        return ir.BoolLiteral(equal, type=t.BOOL, location=self.location(node))

    def compare(self, operator: str, left: ir.Expr, right: ir.Expr, node: Syntax) -> ir.Expr:
        loc = self.location(node)
        if operator in ("in", "not in"):
            self.note_sequence(right)
            if isinstance(right.type, t.UnknownType):
                self.hint(
                    right,
                    t.STRING if isinstance(left.type, t.CharType | t.StringType) else t.ArrayType(left.type),
                )
            container_type = right.type
            if self.final:
                element = (
                    container_type.key
                    if isinstance(container_type, t.MapType)
                    else t.element_type(container_type)
                )
                if isinstance(container_type, t.StringType):
                    element = left.type if isinstance(left.type, t.CharType | t.StringType) else t.STRING
                left = self.coerce(left, element, None)
                if isinstance(container_type, t.ArrayType):
                    raise self.unsupported(node, "'in' on a fixed-size array (use a set or a loop)")
            if isinstance(right, ir.LibraryCall) and right.op == L.MAP_KEYS and right.args[0] is not None:
                right = right.args[0]  # k in d.keys(): a key lookup
            if (
                isinstance(right, ir.LibraryCall)
                and right.op == L.MAP_VALUES
                and not self.module.forms.maps_search_values
            ):
                found = self.value_search(right, left, loc)
                return (
                    ir.Unary(ir.UnaryOp.NOT, found, type=t.BOOL, location=loc)
                    if operator == "not in"
                    else found
                )
            if isinstance(right, ir.StringLiteral):
                right = ir.Cast(right, type=t.STRING)  # C++: "aeiou" must be a std::string to search it
            test: ir.Expr = ir.LibraryCall(L.CONTAINS, (right, left), type=t.BOOL, location=loc)
            if operator == "not in":
                test = ir.Unary(ir.UnaryOp.NOT, test, type=t.BOOL, location=loc)
            return test
        op = _COMPARE[operator]
        if isinstance(left, ir.NullLiteral) or isinstance(right, ir.NullLiteral):
            other = as_optional(right if isinstance(left, ir.NullLiteral) else left)
            if isinstance(other.type, t.IntType | t.FloatType | t.BoolType | t.CharType):
                raise self.unsupported(node, "comparison of a number with None")
            return ir.Binary(op, other, ir.NullLiteral(type=other.type), type=t.BOOL, location=loc)
        # A comparison with a float says little about an int variable: learn only from other types.
        if not isinstance(right.type, t.FloatType):
            self.hint(left, self.observed(right))
        if not isinstance(left.type, t.FloatType):
            self.hint(right, self.observed(left))
        if self.final:
            left, right = self.unify_operands(left, right, node)
            containers = (t.ArrayType, *t.CONTAINER_TYPES)
            if operator in ("is", "is not") and isinstance(left.type, containers):
                raise self.unsupported(node, f"'{operator}' on containers (identity, not equality)")
            if isinstance(left.type, t.ArrayType) and not self.module.forms.arrays_know_length:
                raise self.unsupported(node, f"'{operator}' on lists passed as C arrays (compared by address)")
        return ir.Binary(op, left, right, type=t.BOOL, location=loc)

    def value_search(self, values: ir.LibraryCall, wanted: ir.Expr, loc: SourceLocation) -> ir.Expr:
        """``x in d.values()`` for C++, whose maps cannot search their values: a loop into a flag."""
        value_type = t.element_type(values.type)
        found = ir.Name(self.fresh("found"), type=t.BOOL)
        item = ir.Name(self.fresh("value"), type=value_type)
        hit = ir.Block(
            (ir.ExprStmt(ir.AssignExpr(found, ir.BoolLiteral(True, type=t.BOOL), type=t.BOOL)), ir.Break())
        )
        self.pre += [
            ir.VarDecl(found.id, t.BOOL, ir.BoolLiteral(False, type=t.BOOL), location=loc),
            ir.ForEach(
                item.id,
                value_type,
                values,
                ir.Block((ir.If(ir.Binary(B.EQ, item, wanted, type=t.BOOL), hit),)),
                location=loc,
            ),
        ]
        return found

    def unify_operands(self, left: ir.Expr, right: ir.Expr, node: Syntax) -> tuple[ir.Expr, ir.Expr]:
        """Operands of a comparison made comparable in C++/Java: bools with ints, chars with strings."""
        lt, rt = left.type, right.type
        if lt == WEAK_INF or rt == WEAK_INF:
            return (
                (self.coerce(left, rt, None), right)
                if lt == WEAK_INF
                else (left, self.coerce(right, lt, None))
            )
        if isinstance(lt, t.CharType) and isinstance(rt, t.StringType):
            return self.coerce(left, t.STRING, None), right
        if isinstance(rt, t.CharType) and isinstance(lt, t.StringType):
            return left, self.coerce(right, t.STRING, None)
        if isinstance(lt, t.BoolType) and isinstance(rt, t.IntType | t.FloatType):
            return self.coerce(left, t.INT, None), right
        if isinstance(rt, t.BoolType) and isinstance(lt, t.IntType | t.FloatType):
            return left, self.coerce(right, t.INT, None)
        if (isinstance(lt, t.CharType) and isinstance(rt, t.IntType)) or (
            isinstance(rt, t.CharType) and isinstance(lt, t.IntType)
        ):
            raise self.unsupported(node, "comparison of a str with an int (always unequal in Python)")
        if isinstance(lt, t.IntType) and isinstance(right, ir.IntLiteral):
            return left, self.coerce(right, lt, None)
        if isinstance(rt, t.IntType) and isinstance(left, ir.IntLiteral):
            return self.coerce(left, rt, None), right
        return left, right

    def expr_binary_operator(self, node: Syntax) -> ir.Expr:
        operator = node_text(node.field("operator"))
        left_node, right_node = node.field("left"), node.field("right")
        if operator == "*" and (left_node.type == "list" or right_node.type == "list"):
            array = self.new_array_value(node)
            if array is None:
                raise self.unsupported(node, "list repetition")
            dims, fill = array
            return self.materialized_value(
                node,
                lambda: self.array_with_fill(
                    dims, fill, array_of(self.observed(fill), len(dims)), self.location(node)
                ),
            )
        if operator == "%" and left_node.type == "string":
            template = self.expr(left_node)
            if not isinstance(template, ir.StringLiteral | ir.CharLiteral):
                raise self.unsupported(node, "%-formatting with a computed template")
            right_nodes = right_node.named_children if right_node.type in ("tuple", "parenthesized_expression") and right_node.type == "tuple" else [right_node]
            return self.percent_format(template.value, [self.expr(v) for v in right_nodes], node)
        left = self.expr(left_node)
        right = self.expr(right_node)
        return self.binary(operator, left, right, node)

    def binary(self, operator: str, left: ir.Expr, right: ir.Expr, node: Syntax) -> ir.Expr:
        loc = self.location(node)
        textual = (t.StringType, t.CharType)
        if operator == "*" and isinstance(left.type, textual) != isinstance(right.type, textual):
            # a str repeated: the other operand is a count, not a str
            self.hint(right if isinstance(left.type, textual) else left, t.INT)
        else:
            self.hint_operands(operator, left, right)
        lt, rt = left.type, right.type
        if operator == "+" and (
            (isinstance(lt, textual) and isinstance(rt, (*textual, t.UnknownType)))
            or (isinstance(rt, textual) and isinstance(lt, t.UnknownType))
        ):
            return self.concatenation(left, right, loc)
        if operator == "*" and (isinstance(lt, textual) or isinstance(rt, textual)):
            text, count = (left, right) if isinstance(lt, textual) else (right, left)
            if isinstance(text.type, t.CharType):
                if self.final and isinstance(count.type, t.IntType) and not self.non_negative(count):
                    # Python repeats a negative number of times as zero ('-' * -2 is ''): C++'s
                    # string(n, c) and Java's repeat(n) fail there
                    zero = ir.IntLiteral(0, type=count.type)
                    count = ir.LibraryCall(L.MAX, (zero, count), type=count.type, location=count.location)
                return ir.LibraryCall(L.STR_REPEAT, (count, text), type=t.STRING, location=loc)
            if not self.final:
                return ir.Name("?", type=t.STRING)
            return self.repeated_text(text, count, text is left, node, loc)
        if isinstance(lt, t.SetType) and isinstance(rt, t.SetType):
            return self.set_operator(operator, left, right, node)
        sequences = (t.ArrayType, t.ListType)
        if operator == "+" and isinstance(lt, sequences) and isinstance(rt, sequences):
            return self.concatenated(left, right, node)
        for side in (left, right):
            if isinstance(
                side.type, t.StringType | t.CharType | t.ArrayType | t.ListType | t.MapType | t.SetType
            ):
                raise self.unsupported(node, f"operator '{operator}' on {describe(side.type)}")
        # `-sys.maxsize - 1`, `float('inf') + 1`: still the sentinel "infinity".
        for marker, other in ((left, right), (right, left)):
            if marker.type == WEAK_INF and isinstance(marker, ir.LibraryCall) and operator in ("+", "-"):
                if isinstance(other, ir.IntLiteral) and abs(other.value) <= 1:
                    return marker
                if self.final and isinstance(other.type, t.IntType | t.FloatType):
                    coerced = self.coerce(marker, other.type if other.type != WEAK01 else t.INT, None)
                    left, right = (coerced, right) if marker is left else (left, coerced)
        if self.final:
            left, right = int_of_bool(left), int_of_bool(right)
        return self.arithmetic(operator, left, right, node, loc)

    def hint_operands(self, operator: str, left: ir.Expr, right: ir.Expr) -> None:
        """An untyped operand takes its partner's type, except where the partner says little."""
        lt, rt = left.type, right.type
        # `2 * a` or `x / 2` says nothing of whether a or x is an int or a float: an int literal
        # partner of + - * / does not type the other operand (defaults decide).
        says_little = operator in ("+", "-", "*", "/")
        if (
            isinstance(lt, t.UnknownType)
            and not isinstance(rt, t.UnknownType)
            and not (says_little and isinstance(right, ir.IntLiteral))
        ):
            self.hint(left, t.INT if isinstance(rt, t.BoolType) else rt)
        if (
            isinstance(rt, t.UnknownType)
            and not isinstance(lt, t.UnknownType)
            and not (says_little and isinstance(left, ir.IntLiteral))
        ):
            self.hint(right, t.INT if isinstance(lt, t.BoolType) else lt)

    def concatenation(self, left: ir.Expr, right: ir.Expr, loc: SourceLocation) -> ir.Expr:
        """``a + b`` of strs (a char operand becomes a string where C++ would add codes)."""
        lt, rt = left.type, right.type
        if isinstance(lt, t.CharType) and isinstance(rt, t.CharType | t.UnknownType):
            left = self.coerce(left, t.STRING, None) if self.final else ir.Cast(left, type=t.STRING)
        elif isinstance(lt, t.CharType) and isinstance(right, ir.StringLiteral):
            left = self.coerce(left, t.STRING, None) if self.final else left
        elif isinstance(rt, t.CharType) and isinstance(left, ir.StringLiteral):
            right = self.coerce(right, t.STRING, None) if self.final else right
        return ir.Binary(B.ADD, left, right, type=t.STRING, location=loc)

    def arithmetic(
        self, operator: str, left: ir.Expr, right: ir.Expr, node: Syntax, loc: SourceLocation
    ) -> ir.Expr:
        """A numeric binary operator on operands made numeric."""
        lt, rt = left.type, right.type
        type_ = self.arith_type(lt, rt)
        big = operator in ("+", "-", "*", "<<") and node.id in self.module.big
        if big and isinstance(type_, t.IntType) and type_ != t.BIGINT:  # widths: it may leave 64 bits
            type_, left = t.BIGINT, self.big_operand(left)
        if operator in ("+", "-"):
            if self.widened(node, type_):
                type_, left = t.LONG, self.long_operand(left)
            value = ir.Binary(B.ADD if operator == "+" else B.SUB, left, right, type=type_, location=loc)
            return self.from_syntax(value, node)
        if operator == "*":
            if self.widened(node, type_):
                type_, left = t.LONG, self.long_operand(left)
            elif (
                isinstance(type_, t.IntType)
                and type_.bits == 32
                and not small_constant(left)
                and not small_constant(right)
                and self.module.exact_ints
            ):
                # Python integers do not overflow: a product of two variables is computed in 64 bits.
                type_ = t.LONG
                if (
                    self.final
                    and isinstance(lt, t.IntType)
                    and lt.bits == 32
                    and isinstance(rt, t.IntType)
                    and rt.bits == 32
                ):
                    left = ir.Cast(left, type=t.LONG)
            return self.from_syntax(ir.Binary(B.MUL, left, right, type=type_, location=loc), node)
        if operator == "/":
            return ir.Binary(B.DIV, left, right, type=t.DOUBLE, location=loc)
        if operator in ("//", "%"):
            return self.division(operator, left, right, type_, loc, zero_test=_compared_with_zero(node))
        if operator == "**":
            return self.power(left, right, node)
        if operator in _BITS:
            if isinstance(lt, t.BoolType) and isinstance(rt, t.BoolType):
                return ir.Binary(_BITS[operator], left, right, type=t.BOOL, location=loc)
            if (
                operator == "<<"
                and isinstance(type_, t.IntType)
                and type_ != t.BIGINT
                and not (isinstance(left, ir.IntLiteral) and isinstance(right, ir.IntLiteral))
            ):
                self.warn("'<<' is computed in fixed-width integers (Python's never overflow)")
            if operator in ("<<", ">>") and type_ != t.BIGINT:
                type_ = (
                    lt
                    if isinstance(lt, t.IntType) and lt != WEAK01
                    else t.INT
                    if not isinstance(lt, t.UnknownType)
                    else t.UNKNOWN
                )
            if operator == "<<" and self.widened(node, type_):
                type_, left = t.LONG, self.long_operand(left)
            return self.from_syntax(ir.Binary(_BITS[operator], left, right, type=type_, location=loc), node)
        if operator == "@":
            raise self.unsupported(node, "matrix multiplication")
        raise self.unsupported(node, f"operator '{operator}'")

    def division(
        self,
        operator: str,
        left: ir.Expr,
        right: ir.Expr,
        type_: t.Type,
        loc: SourceLocation,
        *,
        zero_test: bool = False,
    ) -> ir.Expr:
        """``//`` and ``%``: floored, or truncated where both operands are provably non-negative
        (or, for floats, where the remainder is only compared with zero: the sign cannot tell)."""
        lt, rt = left.type, right.type
        if isinstance(type_, t.FloatType):
            if operator == "//":
                return ir.LibraryCall(
                    L.FLOOR, (ir.Binary(B.DIV, left, right, type=t.DOUBLE),), type=t.DOUBLE, location=loc
                )
            if zero_test or (self.non_negative(left) and self.non_negative(right)):
                return ir.Binary(B.FMOD, left, right, type=t.DOUBLE, location=loc)
            # Python's remainder has the sign of the divisor; fmod's that of the dividend.
            divisor = self.stable(right, "divisor", loc)
            rest = self.stable(ir.Binary(B.FMOD, left, divisor, type=t.DOUBLE, location=loc), "rest", loc)
            zero = ir.FloatLiteral(0.0, "0.0", type=t.DOUBLE)
            other_sign = ir.Binary(
                B.NE,
                ir.Binary(B.LT, rest, zero, type=t.BOOL),
                ir.Binary(B.LT, divisor, zero, type=t.BOOL),
                type=t.BOOL,
            )
            shifted = ir.Binary(B.ADD, rest, divisor, type=t.DOUBLE)
            nonzero = ir.Conditional(other_sign, shifted, rest, type=t.DOUBLE)
            # a zero remainder takes the divisor's sign too (-0.0 % 5 is 0.0)
            signed_zero = ir.Conditional(
                ir.Binary(B.LT, divisor, zero, type=t.BOOL),
                ir.FloatLiteral(-0.0, "-0.0", type=t.DOUBLE),
                zero,
                type=t.DOUBLE,
            )
            is_zero = ir.Binary(B.EQ, rest, zero, type=t.BOOL)
            return ir.Conditional(is_zero, signed_zero, nonzero, type=t.DOUBLE, location=loc)
        exact = self.non_negative(left) and self.non_negative(right)
        if operator == "//":
            op = B.TRUNC_DIV if exact else B.FLOOR_DIV
        else:
            op = B.TRUNC_MOD if exact else B.FLOOR_MOD
        if (
            isinstance(type_, t.IntType)
            and isinstance(lt, t.IntType)
            and lt.bits == 64
            and op in (B.FLOOR_MOD, B.TRUNC_MOD)
            and isinstance(rt, t.IntType)
            and rt.bits == 32
        ):
            type_ = t.LONG
        return ir.Binary(op, left, right, type=type_, location=loc)

    def power(self, base: ir.Expr, exponent: ir.Expr, node: Syntax) -> ir.Expr:
        loc = self.location(node)
        integral = isinstance(self.arith_type(base.type, exponent.type), t.IntType)
        if (
            integral
            and isinstance(exponent, ir.IntLiteral)
            and exponent.value in (2, 3)
            and isinstance(base, ir.Name | ir.IntLiteral)
        ):
            product: ir.Expr = base
            for _ in range(exponent.value - 1):
                product = ir.Binary(
                    B.MUL,
                    ir.Cast(product, type=t.LONG) if self.final and product.type != t.LONG else product,
                    base,
                    type=t.LONG,
                    location=loc,
                )
            return product
        call = ir.LibraryCall(L.POW, (base, exponent), type=t.DOUBLE, location=loc)
        if integral and not (isinstance(exponent, ir.IntLiteral) and exponent.value < 0):
            if self.module.big_ints and (node.id in self.module.big or t.BIGINT in (base.type, exponent.type)):
                # widths: its value may leave 64 bits (an exact power of a big integer)
                return ir.LibraryCall(L.POW, (self.big_operand(base), exponent), type=t.BIGINT, location=loc)
            self.warn("integer '**' is computed with pow() in floating point: exact only below 2**53")
            return self.from_syntax(ir.Cast(call, type=t.LONG, location=loc), node)
        return call

    def expr_attribute(self, node: Syntax) -> ir.Expr:
        text = node_text(node)
        loc = self.location(node)
        if text == "math.pi":
            return ir.FloatLiteral(3.141592653589793, "3.141592653589793", type=t.DOUBLE, location=loc)
        if text == "math.e":
            return ir.FloatLiteral(2.718281828459045, "2.718281828459045", type=t.DOUBLE, location=loc)
        if text in ("math.inf",):
            return ir.LibraryCall(L.INT_MAX, (), type=WEAK_INF, location=loc)
        if text == "sys.maxsize" and self.module.program:
            # A whole program may print it: CPython's value, 2**63 - 1, is the 64-bit maximum.
            return ir.LibraryCall(L.INT_MAX, (), type=t.LONG, location=loc)
        if text == "sys.maxsize":
            self.warn(
                "sys.maxsize is used as 'infinity': it becomes the largest value of the variable's type"
            )
            return ir.LibraryCall(L.INT_MAX, (), type=WEAK_INF, location=loc)
        owner = node.field("object")
        raise unhinted_parameter(self, owner, node, f"attribute '{node_text(node.field('attribute'))}'") or (
            self.unsupported(node, f"attribute '{text}'")
        )

    def expr_tuple(self, node: Syntax) -> ir.Expr:
        return self.tuple_of(node)  # tuples.py (two values: pair_of below)

    expr_expression_list = expr_tuple

    def pair_of(self, node: Syntax, slot: t.Type | None = None) -> ir.Expr:
        """``(a, b)``: a pair (its parts converted to ``slot``'s in the final build)."""
        first, second = (self.expr(e) for e in node.named_children)
        type_: t.Type = t.PairType(self.observed(first), self.observed(second))
        if self.final:
            type_ = finalize(type_)
            target = slot if isinstance(slot, t.PairType) else type_
            assert isinstance(target, t.PairType)
            first = self.coerce(int_of_bool(first) if isinstance(target.first, t.IntType) else first, target.first, None)
            second = self.coerce(int_of_bool(second) if isinstance(target.second, t.IntType) else second, target.second, None)
            type_ = target
        return ir.LibraryCall(L.MAKE_PAIR, (first, second), type=type_, location=self.location(node))


def _compared_with_zero(node: Syntax) -> bool:
    """Whether ``node`` is one side of ``== 0`` or ``!= 0`` (no chain)."""
    parent = node.parent
    while parent is not None and parent.type == "parenthesized_expression":
        node, parent = parent, parent.parent
    if parent is None or parent.type != "comparison_operator" or len(parent.named_children) != 2:
        return False
    operators = [c for c in parent.children if not c.is_named]
    other = next(c for c in parent.named_children if c.id != node.id)
    return (
        len(operators) == 1
        and node_text(operators[0]) in ("==", "!=")
        and node_text(other) in ("0", "0.0")
    )


def _none_valued(value: ir.Expr) -> bool:
    """A None literal, or a call of a function returning nothing (typed so in the final build)."""
    return (isinstance(value, ir.NullLiteral) and isinstance(value.type, t.UnknownType | t.VoidType)) or (
        isinstance(value, ir.Call) and isinstance(value.type, t.VoidType)
    )


def _computed_first(node: Syntax) -> bool:
    """Whether an expression is the whole of what its statement computes first: an ``if``/``elif``
    condition, a returned or stored value, an expression statement."""
    parent = node.parent
    while parent is not None and parent.type == "parenthesized_expression":
        node, parent = parent, parent.parent
    if parent is None:
        return False
    if parent.type in ("if_statement", "elif_clause"):
        condition = parent.child_by_field_name("condition")
        return condition is not None and condition.start_byte == node.start_byte
    if parent.type == "assignment":
        right = parent.child_by_field_name("right")
        return right is not None and right.start_byte == node.start_byte and parent.field("left").type == "identifier"
    return parent.type in ("return_statement", "expression_statement")
