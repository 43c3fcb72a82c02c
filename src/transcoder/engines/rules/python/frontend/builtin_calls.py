"""Python's built-in functions (``len``, ``min``, ``sum``, ``int``, ``sorted``, ``Counter``...)."""

from __future__ import annotations

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.python.frontend.base import BuilderBase
from transcoder.engines.rules.python.frontend.irtools import B, L, int_of_bool, join_all
from transcoder.engines.rules.python.frontend.syntax import constant_value
from transcoder.engines.rules.python.frontend.tree import Syntax, node_text
from transcoder.engines.rules.python.frontend.type_tests import decided
from transcoder.engines.rules.python.infer import WEAK01, WEAK_INF, describe, finalize
from transcoder.errors import SourceLocation, UnsupportedConstruct


class Builtins(BuilderBase):
    def builtin_len(self, node: Syntax, loc: SourceLocation) -> ir.Expr:
        value = self.single(node, "len")
        self.note_sequence(value)
        if self.final and isinstance(value.type, t.IntType | t.FloatType | t.BoolType | t.CharType):
            raise self.unsupported(
                node, f"len() of a value inferred to be a {describe(value.type)}: add type hints"
            )
        if isinstance(value.type, t.UnknownType):
            return ir.LibraryCall(L.LEN, (value,), type=t.INT, location=loc)
        return self.length_of(value)

    def builtin_isinstance(self, node: Syntax, loc: SourceLocation) -> ir.Expr:
        """``isinstance(name, T)`` where the name's type hint decides it (type_tests.py)."""
        args, keywords = self.arguments(node)
        if len(args) != 2 or keywords:
            raise self.unsupported(node, "isinstance() without exactly two arguments")
        value, classinfo = args
        parts = classinfo.named_children if classinfo.type == "tuple" else [classinfo]
        classes = [node_text(part) for part in parts]
        name = node_text(value)
        if value.type != "identifier" or name not in self.types.hinted:
            raise self.unsupported(node, f"isinstance() of '{name[:30]}', which has no type hint to decide it")
        answer = decided(self.var_type(name), classes) if self.final else False
        if isinstance(answer, str):
            raise self.unsupported(node, f"isinstance() of {answer}")
        self.warn(f"line {loc.line}: isinstance({name}, ...) is {answer}, by the type hint of '{name}'")
        return ir.BoolLiteral(answer, type=t.BOOL, location=loc)

    def builtin_abs(self, node: Syntax, loc: SourceLocation) -> ir.Expr:
        value = self.single(node, "abs")
        type_ = self.arith_type(value.type, t.INT) if not isinstance(value.type, t.UnknownType) else t.UNKNOWN
        value = int_of_bool(value) if self.final else value
        if self.widened(node, type_):  # abs of the smallest int
            type_, value = t.LONG, self.long_operand(value)
        return self.from_syntax(ir.LibraryCall(L.ABS, (value,), type=type_, location=loc), node)

    def builtin_min(self, node: Syntax, loc: SourceLocation) -> ir.Expr:
        return self.extremum(node, loc, L.MIN)

    def builtin_max(self, node: Syntax, loc: SourceLocation) -> ir.Expr:
        return self.extremum(node, loc, L.MAX)

    def extremum(self, node: Syntax, loc: SourceLocation, op: ir.LibOp) -> ir.Expr:
        args, keywords = self.arguments(node)
        if len(args) == 1 and set(keywords) == {"default"}:
            # min(xs, default=d): d when xs is empty (where Python would raise without it)
            sequence = self.stable(self.expr(args[0]), "values", loc)
            default = self.expr(keywords["default"])
            found = self.extremum_of(sequence, args[0], op, loc)
            type_ = self.join_types(found, default, node)
            if self.final:
                type_ = finalize(type_)
                found, default = self.coerce(found, type_, None), self.coerce(default, type_, None)
            empty = ir.LibraryCall(L.EMPTY, (sequence,), type=t.BOOL)
            return ir.Conditional(empty, default, found, type=type_, location=loc)
        if len(args) == 1 and set(keywords) == {"key"}:
            return self.extremum_by_key(args[0], keywords["key"], op, node, loc)
        if keywords:
            raise self.unsupported(node, f"{op.value}() with these keywords")
        if len(args) == 1:
            if args[0].type == "generator_expression" or args[0].type == "list_comprehension":
                return self.fold(args[0], op, loc)
            bounded = self.slice_bounds(args[0])
            if bounded is not None:
                sequence, begin, end = bounded
                whole = L.MIN_ELEMENT if op == L.MIN else L.MAX_ELEMENT
                return ir.LibraryCall(
                    whole, (sequence, begin, end), type=t.element_type(sequence.type), location=loc
                )
            return self.extremum_of(self.expr(args[0]), args[0], op, loc)
        values = [self.expr(a) for a in args]
        type_ = join_all([self.observed(v) for v in values])
        for value in values:
            self.hint(value, type_)
        if self.final:
            type_ = finalize(type_)
            if type_ == t.INT and any(v.type == t.LONG for v in values):
                type_ = t.LONG  # a 64-bit product among int operands: the result is 64-bit
            # A literal stays an int: a C++ `1` is no long long, and min<long long> then says which.
            values = [
                v
                if type_ == t.LONG and isinstance(v, ir.IntLiteral)
                else self.coerce(int_of_bool(v), type_, None)
                for v in values
            ]
        result = values[0]
        for value in values[1:]:
            result = ir.LibraryCall(op, (result, value), type=type_, location=loc)
        return result

    def extremum_by_key(self, arg: Syntax, key_node: Syntax, op: ir.LibOp, node: Syntax, loc: SourceLocation) -> ir.Expr:
        """``max(xs, key=f)`` / ``min(xs, key=f)`` of a list, array or str: the first element whose
        key is largest (smallest), each key computed once, in order; ValueError when xs is empty."""
        sequence = self.expr(arg)
        self.note_sequence(sequence)
        if self.final and not isinstance(sequence.type, t.ListType | t.ArrayType | t.StringType):
            raise self.unsupported(arg, f"{op.value}() with a key of a {describe(sequence.type)}")
        sequence = self.stable(sequence, "values", loc)
        element = t.element_type(sequence.type)
        best, item = ir.Name(self.fresh("best"), type=element), ir.Name(self.fresh("item"), type=element)
        mark = len(self.pre)
        best_key, item_key = self.sort_key(key_node, best), self.sort_key(key_node, item)
        if len(self.pre) != mark:
            raise self.unsupported(key_node, "a key that needs statements of its own")
        key_type = item_key.type
        if self.final and not isinstance(key_type, t.IntType | t.FloatType | t.CharType | t.StringType | t.BoolType):
            raise self.unsupported(key_node, f"{op.value}() with a key of type {describe(key_type)}")
        top = ir.Name(self.fresh("top"), type=key_type)
        counter = ir.Name(self.fresh("i"), type=t.INT)
        empty = ir.Binary(B.EQ, self.length_of(sequence), ir.IntLiteral(0, type=t.INT), type=t.BOOL)
        message = ir.StringLiteral(f"{op.value}() arg is an empty sequence", type=t.STRING)
        better = ir.Binary(B.GT if op == L.MAX else B.LT, item_key, top, type=t.BOOL)
        take = ir.Block((
            ir.ExprStmt(ir.AssignExpr(best, item, type=element)),
            ir.ExprStmt(ir.AssignExpr(top, item_key, type=key_type)),
        ))  # fmt: skip
        body = ir.Block((ir.VarDecl(item.id, element, ir.Index(sequence, counter, type=element)), ir.If(better, take)))
        self.pre += [
            ir.If(empty, ir.Block((ir.Throw("invalid_argument", message, location=loc),))),
            ir.VarDecl(best.id, element, ir.Index(sequence, ir.IntLiteral(0, type=t.INT), type=element), location=loc),
            ir.VarDecl(top.id, key_type, best_key, location=loc),
            ir.For(
                (ir.VarDecl(counter.id, t.INT, ir.IntLiteral(1, type=t.INT)),),
                ir.Binary(B.LT, counter, self.length_of(sequence), type=t.BOOL),
                (ir.IncDec(counter, 1, False, type=t.INT),),
                body,
                location=loc,
            ),
        ]
        return best

    def extremum_of(self, sequence: ir.Expr, node: Syntax, op: ir.LibOp, loc: SourceLocation) -> ir.Expr:
        """``min(xs)``/``max(xs)`` of one sequence."""
        self.note_sequence(sequence)
        element = t.element_type(sequence.type)
        if isinstance(sequence.type, t.StringType):
            raise self.unsupported(node, f"{op.value}() of a string")
        if (
            isinstance(sequence.type, t.ListType | t.SetType)
            and element not in (t.INT, WEAK01)
            and not isinstance(element, t.UnknownType)
        ):
            return self.fold_sequence(sequence, op, loc)
        whole = (op == L.MIN and L.MIN_ELEMENT) or L.MAX_ELEMENT
        end = (
            self.length_of(sequence)
            if not self.module.forms.arrays_know_length and isinstance(sequence.type, t.ArrayType)
            else None
        )
        begin = ir.IntLiteral(0, type=t.INT) if end is not None else None
        if isinstance(end, ir.LibraryCall) and end.op == L.LEN:
            begin = end = None
        return ir.LibraryCall(whole, (sequence, begin, end), type=element, location=loc)

    def fold_sequence(self, sequence: ir.Expr, op: ir.LibOp, loc: SourceLocation) -> ir.Expr:
        """``sum``/``min``/``max`` of a list of longs or floats as a loop (the library forms assume ints)."""
        element = finalize(t.element_type(sequence.type)) if self.final else t.element_type(sequence.type)
        temp = ir.Name(
            self.fresh({L.ACCUMULATE: "total", L.MIN: "smallest"}.get(op, "largest")), type=element
        )
        item = ir.Name(self.fresh("item"), type=element)
        if op == L.ACCUMULATE:
            initial: ir.Expr = (
                ir.IntLiteral(0, type=element)
                if isinstance(element, t.IntType)
                else ir.FloatLiteral(0.0, "0.0", type=element)
            )
            update: ir.Stmt = ir.ExprStmt(ir.AssignExpr(temp, item, op=B.ADD, type=element))
            self.pre.append(ir.VarDecl(temp.id, element, initial, location=loc))
            self.pre.append(ir.ForEach(item.id, element, sequence, ir.Block((update,)), location=loc))
            return temp
        first = (
            ir.LibraryCall(L.LIST_FRONT, (sequence,), type=element)
            if isinstance(sequence.type, t.ListType)
            else None
        )
        if first is None:
            raise UnsupportedConstruct(f"rules engine: {op.value}() of a set of {describe(element)}", loc)
        self.pre.append(ir.VarDecl(temp.id, element, first, location=loc))
        better = ir.Binary(B.LT if op == L.MIN else B.GT, item, temp, type=t.BOOL)
        assign = ir.ExprStmt(ir.AssignExpr(temp, item, type=element))
        self.pre.append(
            ir.ForEach(
                item.id, element, sequence, ir.Block((ir.If(better, ir.Block((assign,))),)), location=loc
            )
        )
        return temp

    def builtin_sum(self, node: Syntax, loc: SourceLocation) -> ir.Expr:
        args, keywords = self.arguments(node)
        if len(args) == 2 or (len(args) == 1 and set(keywords) == {"start"}):
            return self.sum_from(node, args[1] if len(args) == 2 else keywords["start"], loc)
        if len(args) != 1 or keywords:
            raise self.unsupported(node, "sum() with these arguments")
        return self.sum_of(args[0], node, loc)

    def sum_of(self, arg: Syntax, node: Syntax, loc: SourceLocation) -> ir.Expr:
        """``sum(arg)``: a fold of a generator, a library sum of a sequence or of its slice."""
        if arg.type in ("generator_expression", "list_comprehension"):
            return self.fold(arg, L.ACCUMULATE, loc)
        bounded = self.slice_bounds(arg)
        if bounded is not None:
            sequence, begin, end = bounded
            element = t.element_type(sequence.type)
            start = ir.IntLiteral(
                0, type=element if isinstance(element, t.IntType) and element != WEAK01 else t.INT
            )
            if self.widened(node, start.type):
                start = ir.IntLiteral(0, type=t.LONG)
            total = ir.LibraryCall(L.ACCUMULATE, (sequence, begin, end, start), type=start.type, location=loc)
            return self.from_syntax(total, node)
        sequence = self.expr(arg)
        self.note_sequence(sequence)
        element = t.element_type(sequence.type)
        if isinstance(element, t.UnknownType) and not self.final:
            return ir.LibraryCall(
                L.ACCUMULATE,
                (sequence, None, None, ir.IntLiteral(0, type=t.INT)),
                type=t.UNKNOWN,
                location=loc,
            )
        element = t.INT if isinstance(element, t.BoolType) or element == WEAK01 else element
        if isinstance(sequence.type, t.ListType | t.SetType) and element != t.INT:
            return self.fold_sequence(sequence, L.ACCUMULATE, loc)
        # the whole sequence: bounds only where an array does not know its length
        whole_end = (
            self.length_of(sequence)
            if not self.module.forms.arrays_know_length and isinstance(sequence.type, t.ArrayType)
            else None
        )
        whole_begin = ir.IntLiteral(0, type=t.INT) if whole_end is not None else None
        if isinstance(whole_end, ir.LibraryCall) and whole_end.op == L.LEN:
            whole_begin = whole_end = None
        if self.widened(node, element):  # a sum of ints may leave 32 bits
            element = t.LONG
        zero: ir.Expr = (
            ir.IntLiteral(0, type=element)
            if isinstance(element, t.IntType)
            else ir.FloatLiteral(0.0, "0.0", type=t.DOUBLE)
        )
        total = ir.LibraryCall(
            L.ACCUMULATE, (sequence, whole_begin, whole_end, zero), type=element, location=loc
        )
        return self.from_syntax(total, node)

    def sum_from(self, node: Syntax, start_node: Syntax, loc: SourceLocation) -> ir.Expr:
        """``sum(xs, start)`` of integers: the sum, then the start added (integers add exactly in any
        order; floats round by the order Python adds in, so a float sum with a start is refused)."""
        args, _ = self.arguments(node)
        total = self.sum_of(args[0], node, loc)
        start = self.expr(start_node)
        self.hint(start, t.INT)
        if self.final and not (isinstance(total.type, t.IntType) and isinstance(start.type, t.IntType)):
            raise self.unsupported(node, "sum() with a start value, of other than integers")
        type_ = self.arith_type(total.type, start.type)
        if self.final and node.id in self.module.big and self.module.big_ints:
            type_, total, start = t.BIGINT, self.big_operand(total), self.big_operand(start)
        elif self.widened(node, type_):
            type_, total, start = t.LONG, self.long_operand(total), self.long_operand(start)
        return self.from_syntax(ir.Binary(B.ADD, total, start, type=type_, location=loc), node)

    def builtin_any(self, node: Syntax, loc: SourceLocation) -> ir.Expr:
        args, _ = self.arguments(node)
        if len(args) != 1:
            raise self.unsupported(node, "any() with these arguments")
        if args[0].type not in ("generator_expression", "list_comprehension"):
            return self.truth_fold(args[0], L.CONTAINS, loc)
        return self.fold(args[0], L.CONTAINS, loc)

    def builtin_all(self, node: Syntax, loc: SourceLocation) -> ir.Expr:
        args, _ = self.arguments(node)
        if len(args) != 1:
            raise self.unsupported(node, "all() with these arguments")
        if args[0].type not in ("generator_expression", "list_comprehension"):
            return self.truth_fold(args[0], L.EMPTY, loc)
        return self.fold(args[0], L.EMPTY, loc)

    def truth_fold(self, arg: Syntax, op: ir.LibOp, loc: SourceLocation) -> ir.Expr:
        """``any(xs)`` (``op`` CONTAINS) / ``all(xs)`` (EMPTY) of a list, array, set or str: a loop
        over the elements' truth values that stops at the first true (any) or false (all) one."""
        sequence = self.expr(arg)
        self.note_sequence(sequence)
        if self.final and not isinstance(sequence.type, t.ListType | t.ArrayType | t.SetType | t.StringType):
            raise self.unsupported(arg, f"{'any' if op == L.CONTAINS else 'all'}() of a {describe(sequence.type)}")
        element = t.element_type(sequence.type)
        found = ir.Name(self.fresh("found"), type=t.BOOL)
        item = ir.Name(self.fresh("item"), type=element)
        self.pre.append(ir.VarDecl(found.id, t.BOOL, ir.BoolLiteral(op == L.EMPTY, type=t.BOOL), location=loc))
        step = ir.Block(tuple(self.fold_step(op, found, item)))
        self.pre.append(ir.ForEach(item.id, element, sequence, step, location=loc))
        return found

    def builtin_int(self, node: Syntax, loc: SourceLocation) -> ir.Expr:
        value = self.single(node, "int")
        if isinstance(value.type, t.IntType):
            return value
        if isinstance(value.type, t.BoolType):
            return ir.Cast(value, type=t.INT, location=loc)
        if isinstance(value.type, t.FloatType):  # both truncate toward zero
            if self.widened(node, t.INT):  # a value beyond 32 bits (widths): a long, checked (pyLong)
                return self.from_syntax(ir.LibraryCall(L.PY_INT_OF_FLOAT, (value,), type=t.LONG, location=loc), node)
            return self.from_syntax(ir.Cast(value, type=t.INT, location=loc), node)
        if isinstance(value.type, t.CharType):
            return ir.Binary(
                B.SUB, ir.Cast(value, type=t.INT), ir.CharLiteral("0", type=t.CHAR), type=t.INT, location=loc
            )
        if isinstance(value.type, t.StringType):
            wide = t.LONG if self.widened(node, t.INT) else t.INT  # widths: a text may hold any 64-bit value
            return self.from_syntax(ir.LibraryCall(L.PARSE_INT, (value,), type=wide, location=loc), node)
        return ir.Cast(value, type=t.INT, location=loc) if self.final else ir.Name("?", type=t.INT)

    def builtin_float(self, node: Syntax, loc: SourceLocation) -> ir.Expr:
        value = self.single(node, "float")
        if isinstance(value, ir.StringLiteral | ir.CharLiteral) and value.value.strip().lower() in (
            "inf",
            "+inf",
            "infinity",
            "-inf",
        ):
            # Kept as a marker even in the final build: `coerce` makes it the bound of the slot's type.
            if value.value.strip().startswith("-"):
                return ir.LibraryCall(L.INT_MIN, (), type=WEAK_INF, location=loc)
            return ir.LibraryCall(L.INT_MAX, (), type=WEAK_INF, location=loc)
        if isinstance(value.type, t.StringType):
            raise self.unsupported(node, "float() of a string")
        return ir.Cast(int_of_bool(value), type=t.DOUBLE, location=loc)

    def builtin_str(self, node: Syntax, loc: SourceLocation) -> ir.Expr:
        value = self.single(node, "str")
        if isinstance(value.type, t.StringType):
            return value
        if isinstance(value.type, t.CharType):
            return self.coerce(value, t.STRING, None)
        if isinstance(value.type, t.BoolType | t.FloatType | t.ClassType):
            return self.str_of(value, node)  # True/False, a float's shortest repr, an object's __str__
        if self.final and isinstance(value.type, (t.ArrayType, t.TupleType, t.PairType, *t.CONTAINER_TYPES)):
            # Python's repr of the elements ("['a', 'b']", "{1: 2}"): C++ has no to_string of a
            # vector, Java prints an array's address and a list's strings without quotes
            raise self.unsupported(node, f"str() of a {describe(value.type)}")
        return ir.LibraryCall(L.TO_STRING, (value,), type=t.STRING, location=loc)

    def builtin_bool(self, node: Syntax, loc: SourceLocation) -> ir.Expr:
        return self.condition(self.single(node, "bool"))

    def builtin_ord(self, node: Syntax, loc: SourceLocation) -> ir.Expr:
        value = self.single(node, "ord")
        self.hint(value, t.CHAR)
        return ir.Cast(value, type=t.INT, location=loc)

    def builtin_chr(self, node: Syntax, loc: SourceLocation) -> ir.Expr:
        value = self.single(node, "chr")
        return ir.Cast(value, type=t.CHAR, location=loc)

    def builtin_reversed(self, node: Syntax, loc: SourceLocation) -> ir.Expr:
        """``reversed(s)`` of a str: a reversed copy (what ``join``, ``for`` and ``list`` read from it)."""
        return self.reversed_copy(self.single(node, "reversed"), node)

    def builtin_bin(self, node: Syntax, loc: SourceLocation) -> ir.Expr:
        """``bin(n)``: ``'0b'`` and the binary digits of ``|n|``, after ``'-'`` when negative."""
        value = self.single(node, "bin")
        self.hint(value, t.INT)
        if self.final and not isinstance(value.type, t.IntType | t.BoolType):
            raise self.unsupported(node, f"bin() of a {describe(value.type)}")
        value = self.stable(int_of_bool(value), "number", loc)
        rest = ir.Name(self.fresh("rest"), type=t.LONG)
        digits = ir.Name(self.fresh("digits"), type=t.STRING)
        two = ir.IntLiteral(2, type=t.LONG)
        zero = ir.IntLiteral(0, type=t.LONG)
        negative = ir.Binary(B.LT, value, ir.IntLiteral(0, type=t.INT), type=t.BOOL)
        magnitude = ir.Conditional(
            negative,
            ir.Unary(ir.UnaryOp.NEG, ir.Cast(value, type=t.LONG), type=t.LONG),
            ir.Cast(value, type=t.LONG),
            type=t.LONG,
        )
        digit = ir.Cast(
            ir.Binary(
                B.ADD,
                ir.CharLiteral("0", type=t.CHAR),
                ir.Cast(ir.Binary(B.TRUNC_MOD, rest, two, type=t.LONG), type=t.INT),
                type=t.INT,
            ),
            type=t.CHAR,
        )
        prepend = ir.AssignExpr(
            digits, ir.Binary(B.ADD, ir.Cast(digit, type=t.STRING), digits, type=t.STRING), type=t.STRING
        )
        self.pre += [
            ir.VarDecl(rest.id, t.LONG, magnitude, location=loc),
            ir.VarDecl(digits.id, t.STRING, ir.StringLiteral("", type=t.STRING), location=loc),
            ir.DoWhile(
                ir.Block(
                    (ir.ExprStmt(prepend), ir.ExprStmt(ir.AssignExpr(rest, two, op=B.TRUNC_DIV, type=t.LONG)))
                ),
                ir.Binary(B.GT, rest, zero, type=t.BOOL),
                location=loc,
            ),
        ]
        prefix = ir.Conditional(
            negative,
            ir.StringLiteral("-0b", type=t.STRING),
            ir.StringLiteral("0b", type=t.STRING),
            type=t.STRING,
        )
        return ir.Binary(B.ADD, prefix, digits, type=t.STRING, location=loc)

    def builtin_round(self, node: Syntax, loc: SourceLocation) -> ir.Expr:
        args, _ = self.arguments(node)
        if len(args) == 2:
            return self.round_to_digits(args[0], args[1], node, loc)
        if len(args) != 1:
            raise self.unsupported(node, "round() with these arguments")
        value = self.expr(args[0])
        if isinstance(value.type, t.IntType | t.BoolType):
            return int_of_bool(value) if self.final else value  # round() of an int is the int
        # a Python int: 64 bits hold every double below 2**63
        return ir.LibraryCall(L.ROUND_HALF_EVEN, (value,), type=t.LONG, location=loc)

    def round_to_digits(
        self,
        value_node: Syntax,
        digits_node: Syntax,
        node: Syntax,
        loc: SourceLocation,
    ) -> ir.Expr:
        """``round(x, d)`` for a literal ``d >= 0``: ``ROUND_DIGITS``, the exact value rounded to d
        decimals (``x * 10**d`` first overflowed a long from 1e18 on, and could round)."""
        digits = constant_value(digits_node)
        if not isinstance(digits, ir.IntLiteral) or not 0 <= digits.value <= 15:
            raise self.unsupported(node, "round() to a number of digits that is not a small literal")
        value = self.expr(value_node)
        if isinstance(value.type, t.IntType | t.BoolType):
            return value  # rounding an int to d >= 0 digits leaves it unchanged
        if value.type != t.DOUBLE:
            value = ir.Cast(value, type=t.DOUBLE)
        return ir.LibraryCall(L.ROUND_DIGITS, (value, digits), type=t.DOUBLE, location=loc)

    def builtin_pow(self, node: Syntax, loc: SourceLocation) -> ir.Expr:
        args, _ = self.arguments(node)
        if len(args) == 3:
            base, exponent, modulus = (self.expr(a) for a in args)
            return self.modular_power(base, exponent, modulus, loc)
        if len(args) != 2:
            raise self.unsupported(node, "pow() with these arguments")
        return self.power(self.expr(args[0]), self.expr(args[1]), node)

    def factorial(self, value: ir.Expr, loc: SourceLocation) -> ir.Expr:
        """``math.factorial(n)``: a product loop into a big integer temporary (``widths``), or, for a
        target without big integers, a 64-bit one (exact up to 20!)."""
        self.hint(value, t.INT)
        wide = t.BIGINT if self.module.big_ints else t.LONG
        if wide == t.BIGINT:
            self.module.big_made = True  # what it flows into is followed (widths)
        else:
            self.warn("math.factorial(): computed in 64 bits, exact up to 20!")
        product = ir.Name(self.fresh("factorial"), type=wide)
        counter = ir.Name(self.fresh("k"), type=t.INT)
        bound = self.coerce(value, t.INT, None) if self.final else value
        step = ir.ExprStmt(ir.AssignExpr(product, counter, op=B.MUL, type=wide))
        self.pre += [
            ir.VarDecl(product.id, wide, ir.IntLiteral(1, type=wide), location=loc),
            ir.For(
                (ir.VarDecl(counter.id, t.INT, ir.IntLiteral(2, type=t.INT)),),
                ir.Binary(B.LE, counter, bound, type=t.BOOL),
                (ir.IncDec(counter, 1, False, type=t.INT),),
                ir.Block((step,)),
                location=loc,
            ),
        ]
        return product

    def modular_power(
        self, base: ir.Expr, exponent: ir.Expr, modulus: ir.Expr, loc: SourceLocation
    ) -> ir.Expr:
        """``pow(b, e, m)``: square-and-multiply in 64 bits into a temporary (exact while m*m fits)."""
        for value in (base, exponent, modulus):
            self.hint(value, t.INT)
            if self.final and not isinstance(value.type, t.IntType | t.BoolType):
                raise UnsupportedConstruct(
                    f"rules engine: pow() with a modulus of a {describe(value.type)}", loc
                )
        self.warn("pow(b, e, m): computed in 64 bits, exact while m * m fits (m < 3037000499)")
        result, square, rest = (ir.Name(self.fresh(n), type=t.LONG) for n in ("power", "square", "rest"))

        def assign(target: ir.Name, value: ir.Expr) -> ir.Stmt:
            return ir.ExprStmt(ir.AssignExpr(target, value, type=t.LONG))

        def times_mod(a: ir.Expr, b: ir.Expr) -> ir.Expr:
            return ir.Binary(B.FLOOR_MOD, ir.Binary(B.MUL, a, b, type=t.LONG), modulus, type=t.LONG)

        odd = ir.Binary(
            B.EQ,
            ir.Binary(B.BIT_AND, rest, ir.IntLiteral(1, type=t.LONG), type=t.LONG),
            ir.IntLiteral(1, type=t.LONG),
            type=t.BOOL,
        )
        body = (
            ir.If(odd, ir.Block((assign(result, times_mod(result, square)),))),
            assign(square, times_mod(square, square)),
            ir.ExprStmt(ir.AssignExpr(rest, ir.IntLiteral(1, type=t.INT), op=B.SHR, type=t.LONG)),
        )
        one = ir.Binary(B.FLOOR_MOD, ir.IntLiteral(1, type=t.LONG), modulus, type=t.LONG)  # pow(b, 0, 1) == 0
        self.pre += [
            ir.VarDecl(result.id, t.LONG, one, location=loc),
            ir.VarDecl(square.id, t.LONG, ir.Binary(B.FLOOR_MOD, base, modulus, type=t.LONG), location=loc),
            ir.VarDecl(rest.id, t.LONG, exponent, location=loc),
            ir.While(
                ir.Binary(B.GT, rest, ir.IntLiteral(0, type=t.INT), type=t.BOOL), ir.Block(body), location=loc
            ),
        ]
        return result

    def builtin_sorted(self, node: Syntax, loc: SourceLocation) -> ir.Expr:
        args, _ = self.arguments(node)
        if args and (
            args[0].type == "tuple"
            or (args[0].type == "identifier" and t.tuple_parts(self.var_type(node_text(args[0]))) is not None)
        ):
            # The targets hold a tuple as a pair or a record, not a sequence to copy and sort.
            raise self.unsupported(node, "sorted() of a tuple")
        return self.temporary_container(node)

    def builtin_list(self, node: Syntax, loc: SourceLocation) -> ir.Expr:
        args, _ = self.arguments(node)
        if not args:
            return ir.NewContainer(type=t.ListType(t.UNKNOWN), location=loc)
        value = self.single(node, "list")
        self.note_sequence(value)
        if isinstance(value.type, t.UnknownType):
            self.hint(value, t.STRING)  # list(x) of an untyped x: almost always the characters of a string
        if isinstance(value.type, t.StringType | t.UnknownType):
            if isinstance(value, ir.StringLiteral):  # list("abc"): the characters written out
                chars = tuple(ir.CharLiteral(c, type=t.CHAR) for c in value.value)
                return ir.ArrayLiteral(chars, type=t.ArrayType(t.CHAR), location=loc)
            return ir.LibraryCall(L.STR_CHARS, (value,), type=t.ArrayType(t.CHAR), location=loc)
        if isinstance(value.type, t.ArrayType) and self.copied_into_list(node):
            element = t.element_type(value.type)
            listed = ir.Name(self.fresh("copy"), type=t.ListType(element))
            counter = ir.Name(self.fresh("i"), type=t.INT)
            item = ir.Index(value, counter, type=element)
            append = ir.ExprStmt(ir.LibraryCall(L.LIST_APPEND, (listed, item), type=t.VOID))
            self.pre += [
                ir.VarDecl(listed.id, listed.type, ir.NewContainer(type=listed.type), location=loc),
                ir.For(
                    (ir.VarDecl(counter.id, t.INT, ir.IntLiteral(0, type=t.INT)),),
                    ir.Binary(B.LT, counter, self.length_of(value), type=t.BOOL),
                    (ir.IncDec(counter, 1, False, type=t.INT),),
                    ir.Block((append,)),
                    location=loc,
                ),
            ]
            return listed
        if isinstance(value.type, t.ArrayType):
            initial, copy = self.copy_array(value, loc)
            temp = self.fresh("copy")
            target = ir.Name(temp, type=initial.type)
            self.pre.append(ir.VarDecl(temp, initial.type, initial, location=loc))
            self.pre.extend(copy(target))
            return target
        return ir.NewContainer(source=value, type=t.ListType(t.element_type(value.type)), location=loc)

    def copied_into_list(self, node: Syntax) -> bool:
        """``x = list(arr)`` where ``x`` is a list (it grows): the copy is a list, not an array."""
        parent = node.parent
        if parent is None or parent.type != "assignment" or parent.child_by_field_name("right") is not node:
            return False
        left = parent.child_by_field_name("left")
        return (
            left is not None
            and left.type == "identifier"
            and isinstance(self.var_type(node_text(left)), t.ListType)
        )

    def builtin_set(self, node: Syntax, loc: SourceLocation) -> ir.Expr:
        args, _ = self.arguments(node)
        if not args:
            return ir.NewContainer(type=t.SetType(t.UNKNOWN), location=loc)
        value = self.single(node, "set")
        self.note_sequence(value)
        if isinstance(value.type, t.ArrayType | t.StringType):
            temp = self.fresh("elements")
            set_type = t.SetType(t.element_type(value.type))
            self.pre.append(ir.VarDecl(temp, set_type, ir.NewContainer(type=set_type), location=loc))
            item = self.fresh("item")
            target = ir.Name(temp, type=set_type)
            add = ir.ExprStmt(
                ir.LibraryCall(L.SET_ADD, (target, ir.Name(item, type=set_type.element)), type=t.VOID)
            )
            self.pre.append(ir.ForEach(item, set_type.element, value, ir.Block((add,)), location=loc))
            return target
        return ir.NewContainer(source=value, type=t.SetType(t.element_type(value.type)), location=loc)

    def builtin_dict(self, node: Syntax, loc: SourceLocation) -> ir.Expr:
        args, _ = self.arguments(node)
        if args:
            raise self.unsupported(node, "dict() of an iterable")
        return ir.NewContainer(type=t.MapType(t.UNKNOWN, t.UNKNOWN), location=loc)

    def builtin_deque(self, node: Syntax, loc: SourceLocation) -> ir.Expr:
        args, _ = self.arguments(node)
        if args:
            raise self.unsupported(node, "deque() of an iterable")
        return ir.NewContainer(type=t.DequeType(t.UNKNOWN), location=loc)

    def builtin_Queue(self, node: Syntax, loc: SourceLocation) -> ir.Expr:
        args, _ = self.arguments(node)
        if args:
            raise self.unsupported(node, "Queue() with a size limit")
        return ir.NewContainer(type=t.QueueType(t.UNKNOWN), location=loc)

    def builtin_defaultdict(self, node: Syntax, loc: SourceLocation) -> ir.Expr:
        args, _ = self.arguments(node)
        if len(args) != 1 or node_text(args[0]) not in ("int", "float", "bool"):
            raise self.unsupported(node, "defaultdict of other than int/float/bool")
        value = {"int": t.INT, "float": t.DOUBLE, "bool": t.BOOL}[node_text(args[0])]
        return ir.NewContainer(type=t.MapType(t.UNKNOWN, value), location=loc)

    def builtin_Counter(self, node: Syntax, loc: SourceLocation) -> ir.Expr:
        args, _ = self.arguments(node)
        if not args:
            return ir.NewContainer(type=t.MapType(t.UNKNOWN, t.INT), location=loc)
        value = self.single(node, "Counter")
        self.note_sequence(value)
        element = t.element_type(value.type)
        map_type = t.MapType(element, t.INT)
        temp = self.fresh("counts")
        target = ir.Name(temp, type=map_type)
        self.pre.append(ir.VarDecl(temp, map_type, ir.NewContainer(type=map_type), location=loc))
        item = self.fresh("item")
        increment = ir.ExprStmt(
            ir.IncDec(ir.Index(target, ir.Name(item, type=element), type=t.INT), 1, False, type=t.INT)
        )
        self.pre.append(ir.ForEach(item, element, value, ir.Block((increment,)), location=loc))
        return target
