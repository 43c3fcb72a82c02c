"""More ``str`` methods with Python's results, built from substrings, searches and repetitions of
one character that every target has: padding (``ljust``, ``rjust``, ``center``, ``zfill``),
``removeprefix``/``removesuffix``, ``partition``/``rpartition``, ``swapcase``/``capitalize``/
``title`` (character by character, as ``lower``/``upper`` are), and ``text * n`` of a string of
any length."""

from __future__ import annotations

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.python.frontend.irtools import B, L
from transcoder.engines.rules.python.frontend.strings import Strings, raises_outside_ascii
from transcoder.engines.rules.python.frontend.tree import Syntax
from transcoder.engines.rules.python.infer import describe
from transcoder.errors import SourceLocation

PADDING = frozenset({"ljust", "rjust", "center", "zfill"})
AFFIX_REMOVAL = frozenset({"removeprefix", "removesuffix"})
PARTITION = frozenset({"partition", "rpartition"})
RECASING = frozenset({"capitalize", "swapcase", "title"})
TEXT_METHODS = PADDING | AFFIX_REMOVAL | PARTITION | RECASING | {"splitlines"}
LINE_BREAKS = (0x0A, 0x0D, 0x0B, 0x0C, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029)
"""The characters ``str.splitlines`` ends a line at (``\\r\\n`` counts as one)."""
"""The methods this module builds (all only a str has)."""


class TextMethods(Strings):
    def string_method(
        self, text: ir.Expr, method: str, values: list[ir.Expr], node: Syntax, loc: SourceLocation
    ) -> ir.Expr | None:
        """The methods of ``TEXT_METHODS`` on a str, then those of ``Strings``; None for others."""
        if method not in TEXT_METHODS:
            return super().string_method(text, method, values, node, loc)
        if method in PADDING:
            return self.padded(text, method, values, node, loc)
        if method == "splitlines":
            if values:
                raise self.unsupported(node, "str.splitlines() keeping the line ends")
            return self.lines_of(text, loc) if self.final else ir.Name("?", type=t.ListType(t.STRING))
        if method in RECASING:
            if values:
                raise self.unsupported(node, f"str.{method}() with arguments")
            return self.recased(text, method, loc) if self.final else ir.Name("?", type=t.STRING)
        if len(values) != 1:
            raise self.unsupported(node, f"str.{method}() with {len(values)} arguments")
        self.hint(values[0], t.STRING)
        if not self.final:
            return ir.Name("?", type=t.TupleType((t.STRING,) * 3) if method in PARTITION else t.STRING)
        if not isinstance(values[0].type, t.StringType | t.CharType):
            raise self.unsupported(node, f"str.{method}() of a {describe(values[0].type)}")
        if method in AFFIX_REMOVAL:
            return self.affix_removed(text, method, values[0], loc)
        return self.partitioned(text, method, values[0], node, loc)

    def padded(
        self, text: ir.Expr, method: str, values: list[ir.Expr], node: Syntax, loc: SourceLocation
    ) -> ir.Expr:
        """``s.ljust(w[, c])``, ``s.rjust(w[, c])``, ``s.center(w[, c])``, ``s.zfill(w)``: ``s`` itself
        where it is ``w`` long or longer, else filled to ``w`` as CPython does."""
        most = 1 if method == "zfill" else 2
        if not 1 <= len(values) <= most:
            raise self.unsupported(node, f"str.{method}() with {len(values)} arguments")
        self.hint(values[0], t.INT)
        if len(values) == 2:
            self.hint(values[1], t.STRING)
        if not self.final:
            return ir.Name("?", type=t.STRING)
        width_type = values[0].type
        if not (isinstance(width_type, t.IntType) and width_type.bits in (8, 16, 32)):
            raise self.unsupported(node, f"str.{method}() of a width of type {describe(width_type)}")
        fill: ir.Expr = ir.CharLiteral("0" if method == "zfill" else " ", type=t.CHAR)
        if len(values) == 2:
            fill = values[1]
            if isinstance(fill, ir.StringLiteral) and len(fill.value) == 1:
                fill = ir.CharLiteral(fill.value, type=t.CHAR)
            if not isinstance(fill.type, t.CharType):
                # Python raises TypeError unless the fill is exactly one character
                raise self.unsupported(node, f"str.{method}() with a fill other than one character")
        text = self.stable(text, "text", loc)
        width = self.stable(values[0], "width", loc)
        fill = self.stable(fill, "fill", loc)
        missing = ir.Name(self.fresh("missing"), type=t.INT)
        short = ir.Binary(B.SUB, width, _length(text), type=t.INT)
        self.pre.append(ir.VarDecl(missing.id, t.INT, _at_least_zero(short), location=loc))
        if method == "ljust":
            return _concat(text, _repeat(missing, fill), loc)
        if method == "rjust":
            return _concat(_repeat(missing, fill), text, loc)
        if method == "center":
            # CPython: left = marg / 2 + (marg & width & 1), the rest on the right
            left = ir.Name(self.fresh("left"), type=t.INT)
            odd = ir.Binary(B.BIT_AND, ir.Binary(B.BIT_AND, missing, width, type=t.INT), _int(1), type=t.INT)
            half = ir.Binary(B.TRUNC_DIV, missing, _int(2), type=t.INT)
            self.pre.append(ir.VarDecl(left.id, t.INT, ir.Binary(B.ADD, half, odd, type=t.INT), location=loc))
            right = ir.Binary(B.SUB, missing, left, type=t.INT)
            return _concat(_concat(_repeat(left, fill), text, loc), _repeat(right, fill), loc)
        return self.zero_filled(text, missing, fill, loc)

    def lines_of(self, text: ir.Expr, loc: SourceLocation) -> ir.Expr:
        """``s.splitlines()``: the pieces between line breaks (``LINE_BREAKS``, ``\\r\\n`` one break),
        none after a final break (``'a\\n'`` gives ``['a']``, ``'\\n'`` gives ``['']``, ``''`` none)."""
        text = self.stable(text, "text", loc)
        lines = ir.Name(self.fresh("lines"), type=t.ListType(t.STRING))
        start = ir.Name(self.fresh("start"), type=t.INT)
        index = ir.Name(self.fresh("i"), type=t.INT)
        code = ir.Cast(ir.Index(text, index, type=t.CHAR), type=t.INT)
        tests = [ir.Binary(B.EQ, code, _int(value), type=t.BOOL) for value in LINE_BREAKS]
        is_break = tests[0]
        for test in tests[1:]:
            is_break = ir.Binary(B.OR, is_break, test, type=t.BOOL)
        next_index = ir.Binary(B.ADD, index, _int(1), type=t.INT)
        crlf = ir.Binary(
            B.AND,
            ir.Binary(B.EQ, code, _int(0x0D), type=t.BOOL),
            ir.Binary(
                B.AND,
                ir.Binary(B.LT, next_index, _length(text), type=t.BOOL),
                ir.Binary(
                    B.EQ,
                    ir.Cast(ir.Index(text, next_index, type=t.CHAR), type=t.INT),
                    _int(0x0A),
                    type=t.BOOL,
                ),
                type=t.BOOL,
            ),
            type=t.BOOL,
        )

        def step(counter: ir.Name) -> ir.Stmt:
            return ir.ExprStmt(ir.AssignExpr(counter, _int(1), op=B.ADD, type=t.INT))

        def append(piece: ir.Expr) -> ir.Stmt:
            return ir.ExprStmt(ir.LibraryCall(L.LIST_APPEND, (lines, piece), type=t.VOID))

        at_break = ir.Block(
            (
                append(_piece(text, start, index)),
                ir.If(crlf, ir.Block((step(index),))),
                step(index),
                ir.ExprStmt(ir.AssignExpr(start, index, type=t.INT)),
            )
        )
        self.pre += [
            ir.VarDecl(lines.id, lines.type, ir.NewContainer(type=lines.type), location=loc),
            ir.VarDecl(start.id, t.INT, _int(0), location=loc),
            ir.VarDecl(index.id, t.INT, _int(0), location=loc),
            ir.While(
                ir.Binary(B.LT, index, _length(text), type=t.BOOL),
                ir.Block((ir.If(is_break, at_break, ir.Block((step(index),))),)),
                location=loc,
            ),
            ir.If(
                ir.Binary(B.LT, start, _length(text), type=t.BOOL),
                ir.Block((append(_piece(text, start, None)),)),
                location=loc,
            ),
        ]
        return lines

    def recased(self, text: ir.Expr, method: str, loc: SourceLocation) -> ir.Expr:
        """``s.swapcase()``, ``s.capitalize()`` (the first character upper case, the rest lower),
        ``s.title()`` (upper case after an uncased character or at the start, lower case after a
        cased one: ``"they're 3rd".title()`` is ``"They'Re 3Rd"``), character by character."""
        result = ir.Name(self.fresh("recased"), type=t.STRING)
        char = ir.Name(self.fresh("c"), type=t.CHAR)
        upper = ir.LibraryCall(L.TO_UPPER, (char,), type=t.CHAR)
        lower = ir.LibraryCall(L.TO_LOWER, (char,), type=t.CHAR)
        is_upper = ir.LibraryCall(L.IS_UPPER, (char,), type=t.BOOL)
        is_lower = ir.LibraryCall(L.IS_LOWER, (char,), type=t.BOOL)
        self.pre.append(ir.VarDecl(result.id, t.STRING, ir.StringLiteral("", type=t.STRING), location=loc))
        after: list[ir.Stmt] = []
        if method == "swapcase":
            converted: ir.Expr = ir.Conditional(
                is_upper, lower, ir.Conditional(is_lower, upper, char, type=t.CHAR), type=t.CHAR
            )
        else:  # capitalize: upper case at the start only; title: after each uncased character
            starts = ir.Name(self.fresh("starts"), type=t.BOOL)
            self.pre.append(ir.VarDecl(starts.id, t.BOOL, ir.BoolLiteral(True, type=t.BOOL), location=loc))
            converted = ir.Conditional(starts, upper, lower, type=t.CHAR)
            cased = ir.Binary(B.OR, is_upper, is_lower, type=t.BOOL)
            next_starts = (
                ir.BoolLiteral(False, type=t.BOOL)
                if method == "capitalize"
                else ir.Unary(ir.UnaryOp.NOT, cased, type=t.BOOL)
            )
            after.append(ir.ExprStmt(ir.AssignExpr(starts, next_starts, type=t.BOOL)))
        append = ir.ExprStmt(ir.AssignExpr(result, converted, op=B.ADD, type=t.STRING))
        guard = raises_outside_ascii(char, f"str.{method}()", loc)
        self.pre.append(ir.ForEach(char.id, t.CHAR, text, ir.Block((guard, append, *after)), location=loc))
        return result

    def zero_filled(self, text: ir.Expr, missing: ir.Name, zeros: ir.Expr, loc: SourceLocation) -> ir.Expr:
        """``s.zfill(w)``: zeros on the left, after a leading sign (``'-42'.zfill(5)`` is ``'-0042'``)."""
        first = ir.Index(text, _int(0), type=t.CHAR)
        signed = ir.Binary(
            B.AND,
            ir.Binary(B.GT, _length(text), _int(0), type=t.BOOL),
            ir.Binary(
                B.OR,
                ir.Binary(B.EQ, first, ir.CharLiteral("+", type=t.CHAR), type=t.BOOL),
                ir.Binary(B.EQ, first, ir.CharLiteral("-", type=t.CHAR), type=t.BOOL),
                type=t.BOOL,
            ),
            type=t.BOOL,
        )
        after_sign = _concat(
            _concat(_piece(text, _int(0), _int(1)), _repeat(missing, zeros), loc),
            _piece(text, _int(1), None),
            loc,
        )
        return ir.Conditional(
            signed, after_sign, _concat(_repeat(missing, zeros), text, loc), type=t.STRING, location=loc
        )

    def affix_removed(self, text: ir.Expr, method: str, affix_value: ir.Expr, loc: SourceLocation) -> ir.Expr:
        """``s.removeprefix(p)`` / ``s.removesuffix(p)``: ``s`` without ``p`` where it starts (ends) with it."""
        text = self.stable(text, "text", loc)
        affix = self.stable(self.as_text(affix_value), "affix", loc)
        fits = ir.Binary(B.GE, _length(text), _length(affix), type=t.BOOL)
        if method == "removeprefix":
            end: ir.Expr = _piece(text, _int(0), _length(affix))
            rest = _piece(text, _length(affix), None)
        else:
            cut = ir.Binary(B.SUB, _length(text), _length(affix), type=t.INT)
            end = _piece(text, cut, None)
            rest = _piece(text, _int(0), cut)
        has_it = ir.Binary(B.AND, fits, ir.Binary(B.EQ, end, affix, type=t.BOOL), type=t.BOOL)
        return ir.Conditional(has_it, rest, text, type=t.STRING, location=loc)

    def partitioned(
        self, text: ir.Expr, method: str, separator_value: ir.Expr, node: Syntax, loc: SourceLocation
    ) -> ir.Expr:
        """``s.partition(sep)`` / ``s.rpartition(sep)``: the three strs around the first (last)
        ``sep``; without one, ``(s, '', '')`` (``('', '', s)``); ValueError of an empty ``sep``."""
        text = self.stable(text, "text", loc)
        separator = self.stable(self.as_text(separator_value), "separator", loc)
        if not isinstance(separator, ir.StringLiteral):
            empty = ir.Binary(B.EQ, _length(separator), _int(0), type=t.BOOL)
            error = ir.Throw(
                "invalid_argument", ir.StringLiteral("empty separator", type=t.STRING), location=loc
            )
            self.pre.append(ir.If(empty, ir.Block((error,)), location=loc))
        elif not separator.value:
            raise self.unsupported(node, f"str.{method}() of an empty separator (always a ValueError)")
        op = L.STR_FIND if method == "partition" else L.STR_FIND_LAST
        position = ir.Name(self.fresh("position"), type=t.INT)
        self.pre.append(
            ir.VarDecl(position.id, t.INT, ir.LibraryCall(op, (text, separator), type=t.INT), location=loc)
        )
        found = ir.Binary(B.GE, position, _int(0), type=t.BOOL)
        nothing = ir.StringLiteral("", type=t.STRING)
        after = ir.Binary(B.ADD, position, _length(separator), type=t.INT)

        def either(when_found: ir.Expr, otherwise: ir.Expr) -> ir.Expr:
            return ir.Conditional(found, when_found, otherwise, type=t.STRING)

        before_part = either(_piece(text, _int(0), position), text if method == "partition" else nothing)
        after_part = either(_piece(text, after, None), nothing if method == "partition" else text)
        parts = (before_part, either(separator, nothing), after_part)
        return ir.LibraryCall(L.MAKE_TUPLE, parts, type=t.TupleType((t.STRING,) * 3), location=loc)

    def repeated_text(
        self, text: ir.Expr, count: ir.Expr, text_first: bool, node: Syntax, loc: SourceLocation
    ) -> ir.Expr:
        """``text * count`` (``count * text``) of a str of any length: a loop appending it ``count``
        times (none where ``count`` is 0 or less, as Python does)."""
        if not (isinstance(count.type, t.IntType) and count.type.bits in (8, 16, 32, 64)):
            raise self.unsupported(node, f"repetition of a string {describe(count.type)} times")
        if text_first:  # both operands evaluated once, in Python's order
            text = self.stable(text, "text", loc)
        times = ir.Name(self.fresh("times"), type=count.type)
        self.pre.append(ir.VarDecl(times.id, count.type, count, location=loc))
        text = self.stable(text, "text", loc)
        result = ir.Name(self.fresh("repeated"), type=t.STRING)
        zero = ir.IntLiteral(0, type=count.type)
        body = (
            ir.ExprStmt(ir.AssignExpr(result, text, op=B.ADD, type=t.STRING)),
            ir.ExprStmt(ir.AssignExpr(times, ir.IntLiteral(1, type=count.type), op=B.SUB, type=count.type)),
        )
        self.pre += [
            ir.VarDecl(result.id, t.STRING, ir.StringLiteral("", type=t.STRING), location=loc),
            ir.While(ir.Binary(B.GT, times, zero, type=t.BOOL), ir.Block(body), location=loc),
        ]
        return result


def _int(value: int) -> ir.IntLiteral:
    return ir.IntLiteral(value, type=t.INT)


def _length(value: ir.Expr) -> ir.Expr:
    if isinstance(value, ir.StringLiteral):
        return _int(len(value.value))
    return ir.LibraryCall(L.STR_LEN, (value,), type=t.INT)


def _at_least_zero(value: ir.Expr) -> ir.Expr:
    return ir.LibraryCall(L.MAX, (_int(0), value), type=t.INT)


def _repeat(count: ir.Expr, char: ir.Expr) -> ir.Expr:
    """``count`` copies of one character (``count`` known to be >= 0)."""
    return ir.LibraryCall(L.STR_REPEAT, (count, char), type=t.STRING)


def _concat(left: ir.Expr, right: ir.Expr, loc: SourceLocation | None = None) -> ir.Expr:
    return ir.Binary(B.ADD, left, right, type=t.STRING, location=loc)


def _piece(text: ir.Expr, begin: ir.Expr, end: ir.Expr | None) -> ir.Expr:
    return ir.LibraryCall(L.SUBSTRING, (text, begin, end), type=t.STRING)
