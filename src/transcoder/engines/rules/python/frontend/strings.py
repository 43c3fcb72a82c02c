"""``str`` methods without a C++/Java twin, as loops and substrings with Python's results."""

from __future__ import annotations

import functools

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.python.frontend.base import BuilderBase
from transcoder.engines.rules.python.frontend.irtools import B, L
from transcoder.engines.rules.python.frontend.tree import Syntax
from transcoder.engines.rules.python.infer import describe, finalize
from transcoder.errors import SourceLocation


class Strings(BuilderBase):
    def joined(
        self, value: ir.Expr, separator: ir.StringLiteral, node: Syntax, loc: SourceLocation
    ) -> ir.Expr:
        """``sep.join(items)`` of strs or chars: a loop appending each item (and the separators) to a temporary."""
        element = t.element_type(value.type)
        if self.final and not (
            isinstance(element, t.CharType | t.StringType)
            and isinstance(value.type, t.ListType | t.ArrayType | t.StringType)
            and not (
                # a C array parameter cannot be walked by a range-for
                not self.module.forms.arrays_know_length
                and isinstance(value.type, t.ArrayType)
                and isinstance(value, ir.Name)
                and self.python_name(value.id) in self.types.params
            )
        ):
            raise self.unsupported(node, f"str.join of a {describe(value.type)}")
        result = ir.Name(self.fresh("joined"), type=t.STRING)
        item = ir.Name(self.fresh("item"), type=element)
        body: list[ir.Stmt] = []
        if separator.value:
            started = ir.Name(self.fresh("started"), type=t.BOOL)
            self.pre.append(ir.VarDecl(started.id, t.BOOL, ir.BoolLiteral(False, type=t.BOOL)))
            body += [
                ir.If(
                    started,
                    ir.Block((ir.ExprStmt(ir.AssignExpr(result, separator, op=B.ADD, type=t.STRING)),)),
                ),
                ir.ExprStmt(ir.AssignExpr(started, ir.BoolLiteral(True, type=t.BOOL), type=t.BOOL)),
            ]
        body.append(ir.ExprStmt(ir.AssignExpr(result, item, op=B.ADD, type=t.STRING)))
        self.pre.append(ir.VarDecl(result.id, t.STRING, ir.StringLiteral("", type=t.STRING), location=loc))
        self.pre.append(ir.ForEach(item.id, element, value, ir.Block(tuple(body)), location=loc))
        return result

    def each_character(self, text: ir.Expr, op: ir.LibOp, loc: SourceLocation) -> ir.Expr:
        """``s.lower()``/``s.upper()``: a new string of each character converted."""
        result = ir.Name(self.fresh("converted"), type=t.STRING)
        char = ir.Name(self.fresh("c"), type=t.CHAR)
        converted = ir.LibraryCall(op, (char,), type=t.CHAR)
        guard = raises_outside_ascii(char, "str.lower()" if op == L.TO_LOWER else "str.upper()", loc)
        self.pre += [
            ir.VarDecl(result.id, t.STRING, ir.StringLiteral("", type=t.STRING), location=loc),
            ir.ForEach(
                char.id,
                t.CHAR,
                text,
                ir.Block((guard, ir.ExprStmt(ir.AssignExpr(result, converted, op=B.ADD, type=t.STRING)))),
                location=loc,
            ),
        ]
        return result

    def every_character(self, text: ir.Expr, test: ir.LibOp, loc: SourceLocation) -> ir.Expr:
        """``s.isdigit()`` and the like on a whole string: non-empty, and every character passes."""
        if test in _CASE_TESTS:
            return self.cased_characters(text, test, loc)
        result = ir.Name(self.fresh("every"), type=t.BOOL)
        char = ir.Name(self.fresh("c"), type=t.CHAR)
        passes = python_space(char) if test == L.IS_SPACE else ir.LibraryCall(test, (char,), type=t.BOOL)
        failed = ir.Unary(ir.UnaryOp.NOT, passes, type=t.BOOL)
        stop = ir.Block(
            (ir.ExprStmt(ir.AssignExpr(result, ir.BoolLiteral(False, type=t.BOOL), type=t.BOOL)), ir.Break())
        )
        non_empty = ir.Binary(
            B.GT, ir.LibraryCall(L.STR_LEN, (text,), type=t.INT), ir.IntLiteral(0, type=t.INT), type=t.BOOL
        )
        guarded = (raises_outside_ascii(char, ASCII_ONLY_TESTS[test], loc),) if test in ASCII_ONLY_TESTS else ()
        self.pre += [
            ir.VarDecl(result.id, t.BOOL, non_empty, location=loc),
            ir.ForEach(char.id, t.CHAR, text, ir.Block((*guarded, ir.If(failed, stop))), location=loc),
        ]
        return result

    def cased_characters(self, text: ir.Expr, test: ir.LibOp, loc: SourceLocation) -> ir.Expr:
        """``s.isupper()`` / ``s.islower()``: at least one cased character, and none of the other
        case (Python passes over digits, spaces and punctuation: ``'AB1 '.isupper()`` is True)."""
        result = ir.Name(self.fresh("cased"), type=t.BOOL)
        char = ir.Name(self.fresh("c"), type=t.CHAR)
        other_case = ir.LibraryCall(_CASE_TESTS[test], (char,), type=t.BOOL)
        wanted_case = ir.LibraryCall(test, (char,), type=t.BOOL)
        stop = ir.Block(
            (ir.ExprStmt(ir.AssignExpr(result, ir.BoolLiteral(False, type=t.BOOL), type=t.BOOL)), ir.Break())
        )
        seen = ir.Block((ir.ExprStmt(ir.AssignExpr(result, ir.BoolLiteral(True, type=t.BOOL), type=t.BOOL)),))
        body = ir.Block((ir.If(other_case, stop), ir.If(wanted_case, seen)))
        self.pre += [
            ir.VarDecl(result.id, t.BOOL, ir.BoolLiteral(False, type=t.BOOL), location=loc),
            ir.ForEach(char.id, t.CHAR, text, body, location=loc),
        ]
        return result

    def stable(self, value: ir.Expr, base: str, loc: SourceLocation) -> ir.Expr:
        """``value`` as something that may be read several times: itself if a name or a literal,
        else a temporary holding it."""
        if isinstance(value, ir.Name | ir.StringLiteral | ir.CharLiteral | ir.IntLiteral):
            return value
        temporary = ir.Name(self.fresh(base), type=value.type)
        self.pre.append(ir.VarDecl(temporary.id, value.type, value, location=loc))
        return temporary

    def as_text(self, value: ir.Expr) -> ir.Expr:
        """A str or char value as a string (``'a'`` is a one-character string in Python)."""
        if isinstance(value, ir.CharLiteral):
            return ir.StringLiteral(value.value, type=t.STRING, location=value.location)
        if isinstance(value.type, t.CharType):
            return ir.Cast(value, type=t.STRING, location=value.location)
        return value

    def string_method(
        self, text: ir.Expr, method: str, values: list[ir.Expr], node: Syntax, loc: SourceLocation
    ) -> ir.Expr | None:
        """``startswith``, ``endswith``, ``strip``/``lstrip``/``rstrip``, ``replace`` and ``split`` on a
        str, as loops and substrings with Python's results; None for other methods."""
        for text_argument in values[: 2 if method == "replace" else 1]:
            self.hint(text_argument, t.STRING)  # what a str is searched for, cut at or put in is a str
        if method in ("startswith", "endswith") and len(values) == 1 and _literal_alternatives(values[0]):
            assert isinstance(values[0], ir.LibraryCall)
            tests = [self.has_affix(text, method, v, loc) for v in values[0].args if v is not None]
            return functools.reduce(lambda a, b: ir.Binary(B.OR, a, b, type=t.BOOL, location=loc), tests)
        if method in ("split", "rsplit") and len(values) == 2:
            return self.split_at_most(text, method, values, node, loc)
        if method in ("index", "rindex") and 1 <= len(values) <= 3:
            return self.position_in_text(text, method, values, node, loc)
        if method == "replace" and len(values) == 3:  # s.replace(old, new, count)
            self.hint(values[2], t.INT)
            texts, count = values[:2], values[2]
            if all(isinstance(v.type, t.StringType | t.CharType) for v in texts) and isinstance(count.type, t.IntType):
                return self.replaced(text, texts[0], texts[1], node, loc, count)
        if any(not isinstance(v.type, t.StringType | t.CharType) for v in values):
            if self.final:
                raise self.unsupported(node, f"str.{method}() with these arguments")
            return None
        if method == "count" and len(values) == 1 and isinstance(values[0].type, t.CharType):
            return self.count_char(text, values[0], loc)
        if method == "count" and len(values) == 1:
            return self.count_text(text, values[0], node, loc)
        if method in ("startswith", "endswith") and len(values) == 1:
            return self.has_affix(text, method, values[0], loc)
        if method in ("strip", "lstrip", "rstrip") and len(values) <= 1:
            return self.stripped(text, method, values, node, loc)
        if method == "replace" and len(values) == 2:
            return self.replaced(text, values[0], values[1], node, loc)
        if method in ("split", "rsplit") and len(values) <= 1:
            # Without a limit, rsplit cuts where split does.
            return self.split(text, values[0] if values else None, node, loc)
        return None

    def split_at_most(
        self, text: ir.Expr, method: str, values: list[ir.Expr], node: Syntax, loc: SourceLocation
    ) -> ir.Expr:
        """``s.split(sep, maxsplit)`` / ``s.rsplit(sep, maxsplit)`` with a non-empty literal separator:
        at most ``maxsplit`` cuts (a negative limit: no limit), from the left or from the right."""
        self.hint(values[1], t.INT)
        limit_type = values[1].type
        if self.final and not (isinstance(limit_type, t.IntType) and limit_type.bits in (8, 16, 32)):
            raise self.unsupported(node, f"str.{method}() with a limit of type {describe(limit_type)}")
        separator = self.as_text(values[0])
        if not isinstance(separator, ir.StringLiteral) or not separator.value:
            raise self.unsupported(node, f"str.{method}() with a separator other than a non-empty literal")
        if method == "rsplit":
            return ir.LibraryCall(L.PY_STR_RSPLIT, (text, separator, values[1]), type=t.ListType(t.STRING), location=loc)
        remaining = ir.Name(self.fresh("cuts_left"), type=t.INT)
        self.pre.append(ir.VarDecl(remaining.id, t.INT, values[1], location=loc))
        return self.split(text, separator, node, loc, remaining)

    def searched(
        self, text: ir.Expr, method: str, values: list[ir.Expr], node: Syntax, loc: SourceLocation
    ) -> ir.Expr | None:
        """``s.find(sub, start[, end])``, ``s.rfind(sub[, start[, end]])``, ``s.count(sub, start[, end])``:
        library operations with Python's clamping of the bounds (``LibOp.PY_STR_FIND``, ...); None
        for other calls."""
        if method not in ("find", "rfind", "count") or not values or len(values) > 3:
            return None
        self.hint(values[0], t.STRING)  # what a str is searched for is a str
        if method == "rfind" and len(values) == 1:
            if self.final and not isinstance(values[0].type, t.StringType | t.CharType):
                raise self.unsupported(node, "str.rfind() of other than a str")
            return ir.LibraryCall(L.STR_FIND_LAST, (text, self.as_text(values[0])), type=t.INT, location=loc)
        if len(values) == 1:
            return None
        for position in values[1:]:
            self.hint(position, t.INT)
        if not self.final:
            return ir.Name("?", type=t.INT)
        if not isinstance(values[0].type, t.StringType | t.CharType) or any(
            not (isinstance(v.type, t.IntType) and v.type.bits in (8, 16, 32)) for v in values[1:]
        ):
            raise self.unsupported(node, f"str.{method}() with these arguments")
        op = {"find": L.PY_STR_FIND, "rfind": L.PY_STR_RFIND, "count": L.PY_STR_COUNT}[method]
        end = values[2] if len(values) == 3 else None
        return ir.LibraryCall(op, (text, self.as_text(values[0]), values[1], end), type=t.INT, location=loc)

    def position_in_text(
        self, text: ir.Expr, method: str, values: list[ir.Expr], node: Syntax, loc: SourceLocation
    ) -> ir.Expr:
        """``s.index(sub[, start[, end]])`` / ``s.rindex(...)``: what ``find``/``rfind`` give, or
        Python's ValueError ("substring not found") where they give -1."""
        if len(values) > 1:
            position = self.searched(text, "find" if method == "index" else "rfind", values, node, loc)
            assert position is not None
        else:
            if self.final and not isinstance(values[0].type, t.StringType | t.CharType):
                raise self.unsupported(node, f"str.{method}() of other than a str")
            wanted = values[0] if method == "index" else self.as_text(values[0])
            op = L.STR_FIND if method == "index" else L.STR_FIND_LAST
            position = ir.LibraryCall(op, (text, wanted), type=t.INT, location=loc)
        if not self.final:
            return position
        found = ir.Name(self.fresh("position"), type=t.INT)
        missing = ir.Throw("invalid_argument", ir.StringLiteral("substring not found", type=t.STRING), location=loc)
        self.pre += [
            ir.VarDecl(found.id, t.INT, position, location=loc),
            ir.If(ir.Binary(B.LT, found, ir.IntLiteral(0, type=t.INT), type=t.BOOL), ir.Block((missing,))),
        ]
        return found

    def count_char(self, text: ir.Expr, wanted: ir.Expr, loc: SourceLocation) -> ir.Expr:
        """``s.count(c)`` of one character: a loop counting it."""
        found = ir.Name(self.fresh("found"), type=t.INT)
        char = ir.Name(self.fresh("c"), type=t.CHAR)
        needle = self.stable(wanted, "wanted", loc)
        self.pre += [
            ir.VarDecl(found.id, t.INT, ir.IntLiteral(0, type=t.INT), location=loc),
            ir.ForEach(
                char.id,
                t.CHAR,
                text,
                ir.Block((ir.If(_binary(B.EQ, char, needle), ir.Block((_step(found, B.ADD, _one()),))),)),
                location=loc,
            ),
        ]
        return found

    def count_text(self, text: ir.Expr, wanted: ir.Expr, node: Syntax, loc: SourceLocation) -> ir.Expr:
        """``s.count(sub)`` of a non-empty literal: occurrences that do not overlap, from the left."""
        needle = self.as_text(wanted)
        if not isinstance(needle, ir.StringLiteral) or not needle.value:
            # An empty needle counts len + 1 places; a computed one might be empty.
            raise self.unsupported(node, "str.count() of other than a non-empty literal")
        text = self.stable(text, "text", loc)
        found = ir.Name(self.fresh("found"), type=t.INT)
        index = ir.Name(self.fresh("i"), type=t.INT)
        size = ir.IntLiteral(len(needle.value), type=t.INT)
        after = _binary(B.ADD, index, size, t.INT)
        self.pre += [
            ir.VarDecl(found.id, t.INT, ir.IntLiteral(0, type=t.INT), location=loc),
            ir.VarDecl(index.id, t.INT, ir.IntLiteral(0, type=t.INT), location=loc),
            ir.While(
                _binary(B.LE, after, _length(text)),
                ir.Block(
                    (
                        ir.If(
                            _binary(
                                B.EQ,
                                ir.LibraryCall(L.SUBSTRING, (text, index, after), type=t.STRING),
                                needle,
                            ),
                            ir.Block((_step(found, B.ADD, _one()), _step(index, B.ADD, size))),
                            ir.Block((_step(index, B.ADD, _one()),)),
                        ),
                    )
                ),
                location=loc,
            ),
        ]
        return found

    def has_affix(self, text: ir.Expr, method: str, wanted: ir.Expr, loc: SourceLocation) -> ir.Expr:
        """``s.startswith(a)`` / ``s.endswith(a)``: long enough, and the piece at that end equals it."""
        text = self.stable(text, "text", loc)
        affix = self.stable(self.as_text(wanted), "affix", loc)
        start = (
            ir.IntLiteral(0, type=t.INT)
            if method == "startswith"
            else _binary(B.SUB, _length(text), _length(affix), t.INT)
        )
        end = _length(affix) if method == "startswith" else None
        piece = ir.LibraryCall(L.SUBSTRING, (text, start, end), type=t.STRING)
        fits = _binary(B.GE, _length(text), _length(affix))
        return ir.Binary(B.AND, fits, _binary(B.EQ, piece, affix), type=t.BOOL, location=loc)

    def stripped(
        self, text: ir.Expr, method: str, values: list[ir.Expr], node: Syntax, loc: SourceLocation
    ) -> ir.Expr:
        """``s.strip()`` (``lstrip``, ``rstrip``), of whitespace or of the characters of a literal."""
        if values and not isinstance(values[0], ir.StringLiteral | ir.CharLiteral):
            raise self.unsupported(node, f"str.{method}() of characters not given as a literal")
        text = self.stable(text, "text", loc)
        begin = ir.Name(self.fresh("begin"), type=t.INT)
        end = ir.Name(self.fresh("end"), type=t.INT)

        def strips(char: ir.Expr) -> ir.Expr:
            if not values:
                return python_space(char)
            tests = [
                _binary(B.EQ, char, ir.CharLiteral(c, type=t.CHAR))
                for c in dict.fromkeys(values[0].value)  # type: ignore[attr-defined]
            ]
            return functools.reduce(
                lambda a, b: _binary(B.OR, a, b), tests or [ir.BoolLiteral(False, type=t.BOOL)]
            )

        self.pre += [
            ir.VarDecl(begin.id, t.INT, ir.IntLiteral(0, type=t.INT), location=loc),
            ir.VarDecl(end.id, t.INT, _length(text), location=loc),
        ]
        if method != "rstrip":
            more = _binary(B.AND, _binary(B.LT, begin, end), strips(_char_at(text, begin)))
            self.pre.append(ir.While(more, ir.Block((_step(begin, B.ADD, _one()),)), location=loc))
        if method != "lstrip":
            last = _char_at(text, _binary(B.SUB, end, _one(), t.INT))
            more = _binary(B.AND, _binary(B.GT, end, begin), strips(last))
            self.pre.append(ir.While(more, ir.Block((_step(end, B.SUB, _one()),)), location=loc))
        return ir.LibraryCall(L.SUBSTRING, (text, begin, end), type=t.STRING, location=loc)

    def replaced(
        self,
        text: ir.Expr,
        old_value: ir.Expr,
        new_value: ir.Expr,
        node: Syntax,
        loc: SourceLocation,
        count: ir.Expr | None = None,
    ) -> ir.Expr:
        """``s.replace(old, new[, count])``: a loop building the new string; an ``old`` that may be
        empty (computed) puts ``new`` before each character and at the end, as Python does; with a
        ``count``, only its first ``count`` replacements are made (all where it is negative)."""
        old = self.as_text(old_value)
        if isinstance(old, ir.StringLiteral) and not old.value:
            raise self.unsupported(node, "str.replace() of an empty literal")
        computed = not isinstance(old, ir.StringLiteral)
        text = self.stable(text, "text", loc)
        new = self.stable(self.as_text(new_value), "replacement", loc)
        if count is not None:
            count = self.stable(self.coerce(count, finalize(count.type), None) if self.final else count, "count", loc)
        result = ir.Name(self.fresh("replaced"), type=t.STRING)
        index = ir.Name(self.fresh("i"), type=t.INT)
        if computed:
            old = self.stable(old, "old", loc)
        size = _length(old)
        after = _binary(B.ADD, index, size, t.INT)
        found = _binary(
            B.AND,
            _binary(B.LE, after, _length(text)),
            _binary(B.EQ, ir.LibraryCall(L.SUBSTRING, (text, index, after), type=t.STRING), old),
        )
        replace: tuple[ir.Stmt, ...] = (ir.ExprStmt(ir.AssignExpr(result, new, op=B.ADD, type=t.STRING)),)
        append: ir.Stmt = replace[0]  # the empty old's replacement at each place
        if count is not None:  # a replacement while fewer than count are made (or count < 0)
            made = ir.Name(self.fresh("made"), type=count.type)
            self.pre.append(ir.VarDecl(made.id, count.type, ir.IntLiteral(0, type=count.type), location=loc))
            allowed = _binary(
                B.OR,
                _binary(B.LT, count, ir.IntLiteral(0, type=count.type)),
                _binary(B.LT, made, count),
            )
            found = _binary(B.AND, allowed, found)
            replace = (*replace, ir.ExprStmt(ir.IncDec(made, 1, False, type=count.type)))
            append = ir.If(allowed, ir.Block(replace))
        keep = ir.ExprStmt(ir.AssignExpr(result, _char_at(text, index), op=B.ADD, type=t.STRING))
        loop = [
            ir.VarDecl(index.id, t.INT, ir.IntLiteral(0, type=t.INT), location=loc),
            ir.While(
                _binary(B.LT, index, _length(text)),
                ir.Block(
                    (
                        ir.If(
                            found,
                            ir.Block((*replace, _step(index, B.ADD, size))),
                            ir.Block((keep, _step(index, B.ADD, _one()))),
                        ),
                    )
                ),
                location=loc,
            ),
        ]
        start = ir.VarDecl(result.id, t.STRING, ir.StringLiteral("", type=t.STRING), location=loc)
        if not computed:
            self.pre += [start, *loop]
            return result
        char = ir.Name(self.fresh("c"), type=t.CHAR)
        each = ir.ForEach(
            char.id,
            t.CHAR,
            text,
            ir.Block((ir.ExprStmt(ir.AssignExpr(result, char, op=B.ADD, type=t.STRING)), append)),
            location=loc,
        )
        empty = _binary(B.EQ, size, ir.IntLiteral(0, type=t.INT))
        self.pre += [start, ir.If(empty, ir.Block((append, each)), ir.Block(tuple(loop)), location=loc)]
        return result

    def split(
        self,
        text: ir.Expr,
        separator_value: ir.Expr | None,
        node: Syntax,
        loc: SourceLocation,
        remaining: ir.Name | None = None,
    ) -> ir.Expr:
        """``s.split()`` (runs of whitespace) or ``s.split(sep)`` of a non-empty literal: a list of parts."""
        separator = self.as_text(separator_value) if separator_value is not None else None
        if separator is not None and (not isinstance(separator, ir.StringLiteral) or not separator.value):
            raise self.unsupported(node, "str.split() with a separator other than a non-empty literal")
        text = self.stable(text, "text", loc)
        parts = ir.Name(self.fresh("parts"), type=t.ListType(t.STRING))
        start = ir.Name(self.fresh("start"), type=t.INT)
        index = ir.Name(self.fresh("i"), type=t.INT)
        self.pre += [
            ir.VarDecl(parts.id, parts.type, ir.NewContainer(type=parts.type), location=loc),
            ir.VarDecl(start.id, t.INT, ir.IntLiteral(0, type=t.INT), location=loc),
            ir.VarDecl(index.id, t.INT, ir.IntLiteral(0, type=t.INT), location=loc),
        ]
        set_start = ir.ExprStmt(ir.AssignExpr(start, index, type=t.INT))
        if separator is None:
            self.split_words(text, parts, start, index, set_start, loc)
            return parts
        size = ir.IntLiteral(len(separator.value), type=t.INT)
        after = _binary(B.ADD, index, size, t.INT)
        found = _binary(B.EQ, _piece(text, index, after), separator)
        going = _binary(B.LE, after, _length(text))
        cut: tuple[ir.Stmt, ...] = ()
        if remaining is not None:  # at most that many cuts (a negative limit never reaches 0)
            going = ir.Binary(
                B.AND, going, _binary(B.NE, remaining, ir.IntLiteral(0, type=t.INT)), type=t.BOOL
            )
            cut = (_step(remaining, B.SUB, _one()),)
        self.pre += [
            ir.While(
                going,
                ir.Block(
                    (
                        ir.If(
                            found,
                            ir.Block(
                                (
                                    _append(parts, _piece(text, start, index)),
                                    _step(index, B.ADD, size),
                                    set_start,
                                    *cut,
                                )
                            ),
                            ir.Block((_step(index, B.ADD, _one()),)),
                        ),
                    )
                ),
                location=loc,
            ),
            _append(parts, _piece(text, start, None)),
        ]
        return parts

    def split_words(
        self,
        text: ir.Expr,
        parts: ir.Name,
        start: ir.Name,
        index: ir.Name,
        set_start: ir.Stmt,
        loc: SourceLocation,
    ) -> None:
        """The loop of ``s.split()``: runs of whitespace separate words; none are empty."""
        space = python_space(_char_at(text, index))
        in_word = _binary(B.LT, start, index)
        self.pre.append(
            ir.While(
                _binary(B.LT, index, _length(text)),
                ir.Block(
                    (
                        ir.If(
                            space,
                            ir.Block(
                                (
                                    ir.If(in_word, ir.Block((_append(parts, _piece(text, start, index)),))),
                                    _step(index, B.ADD, _one()),
                                    set_start,
                                )
                            ),
                            ir.Block((_step(index, B.ADD, _one()),)),
                        ),
                    )
                ),
                location=loc,
            )
        )
        self.pre.append(
            ir.If(_binary(B.LT, start, index), ir.Block((_append(parts, _piece(text, start, index)),)))
        )


_CASE_TESTS = {L.IS_UPPER: L.IS_LOWER, L.IS_LOWER: L.IS_UPPER}
ASCII_ONLY_TESTS = {L.IS_DIGIT: "str.isdigit()", L.IS_ALNUM: "str.isalnum()"}
"""Python's tests that the targets' differ from beyond ASCII (numerals such as '\u00b2', '\u00bd')."""
"""Each whole-string case test and the test of the other case, which fails it."""


def raises_outside_ascii(char: ir.Expr, what: str, loc: SourceLocation | None) -> ir.Stmt:
    """``if`` the character leaves ASCII, raise: Python's case mappings and digit tests differ
    from the targets' beyond it (``'\u00df'.upper()`` is ``'SS'``, Java's char stays; ``'\u00b2'.isdigit()``
    is True, Java's ``isDigit`` false; a C++ char holds a byte), a refusal at run time."""
    code = ir.Cast(char, type=t.INT)
    outside = ir.Binary(
        B.OR,
        ir.Binary(B.LT, code, ir.IntLiteral(0, type=t.INT), type=t.BOOL),
        ir.Binary(B.GT, code, ir.IntLiteral(127, type=t.INT), type=t.BOOL),
        type=t.BOOL,
    )
    message = ir.StringLiteral(f"{what} of a character outside ASCII (Python's differs from the target's)", type=t.STRING)
    return ir.If(outside, ir.Block((ir.Throw("invalid_argument", message, location=loc),)), location=loc)


_SPACES_BEYOND = (0x85, 0xA0, 0x2007, 0x202F)  # Python's isspace() takes these, Java's isWhitespace not


def python_space(char: ir.Expr) -> ir.Expr:
    """Python's ``c.isspace()`` (and split/strip's whitespace) from the targets' test (C's isspace,
    Java's isWhitespace): with the codes 28..31 (C's lacks them) and the four that Java's lacks
    (its no-break spaces and U+0085). ``char`` is read several times: it must have no side effects."""
    code = ir.Cast(char, type=t.INT)

    def number(value: int) -> ir.Expr:
        return ir.IntLiteral(value, type=t.INT)

    found: ir.Expr = ir.Binary(
        B.OR,
        ir.LibraryCall(L.IS_SPACE, (char,), type=t.BOOL),
        ir.Binary(
            B.AND, ir.Binary(B.GE, code, number(28), type=t.BOOL), ir.Binary(B.LE, code, number(31), type=t.BOOL),
            type=t.BOOL,
        ),
        type=t.BOOL,
    )
    for extra in _SPACES_BEYOND:
        found = ir.Binary(B.OR, found, ir.Binary(B.EQ, code, number(extra), type=t.BOOL), type=t.BOOL)
    return found


def _length(value: ir.Expr) -> ir.Expr:
    if isinstance(value, ir.StringLiteral):
        return ir.IntLiteral(len(value.value), type=t.INT)
    return ir.LibraryCall(L.STR_LEN, (value,), type=t.INT)


def _binary(op: ir.BinaryOp, left: ir.Expr, right: ir.Expr, type_: t.Type = t.BOOL) -> ir.Expr:
    return ir.Binary(op, left, right, type=type_)


def _one() -> ir.IntLiteral:
    return ir.IntLiteral(1, type=t.INT)


def _step(counter: ir.Name, op: ir.BinaryOp, amount: ir.Expr) -> ir.Stmt:
    return ir.ExprStmt(ir.AssignExpr(counter, amount, op=op, type=t.INT))


def _char_at(text: ir.Expr, position: ir.Expr) -> ir.Expr:
    return ir.Index(text, position, type=t.CHAR)


def _append(parts: ir.Name, piece: ir.Expr) -> ir.Stmt:
    return ir.ExprStmt(ir.LibraryCall(L.LIST_APPEND, (parts, piece), type=t.VOID))


def _piece(text: ir.Expr, begin: ir.Expr, end: ir.Expr | None) -> ir.Expr:
    return ir.LibraryCall(L.SUBSTRING, (text, begin, end), type=t.STRING)


def _literal_alternatives(value: ir.Expr) -> bool:
    """A tuple of str literals or names (``s.startswith(('a', b))``): each may be tested in turn."""
    return (
        isinstance(value, ir.LibraryCall)
        and value.op in (L.MAKE_TUPLE, L.MAKE_PAIR)
        and len(value.args) > 0
        and all(
            isinstance(v, ir.StringLiteral | ir.CharLiteral | ir.Name)
            and isinstance(v.type, t.StringType | t.CharType)
            for v in value.args
        )
    )
