"""What the C++ and Java front ends share: scopes, locations, and typed operator construction.

Both languages are statically typed with the same arithmetic rules (usual arithmetic
conversions, truncating integer division), so building a typed ``Binary`` from an operator
token is common code; only the tree shapes differ.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

import tree_sitter

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.cfamily.program import printed_text
from transcoder.errors import SourceLocation, UnsupportedConstruct
from transcoder.languages import get_language
from transcoder.languages.common import node_text, required

_ARITHMETIC = {"+": ir.BinaryOp.ADD, "-": ir.BinaryOp.SUB, "*": ir.BinaryOp.MUL}
_BITWISE = {"&": ir.BinaryOp.BIT_AND, "|": ir.BinaryOp.BIT_OR, "^": ir.BinaryOp.BIT_XOR}
_COMPARE = {
    "==": ir.BinaryOp.EQ,
    "!=": ir.BinaryOp.NE,
    "<": ir.BinaryOp.LT,
    "<=": ir.BinaryOp.LE,
    ">": ir.BinaryOp.GT,
    ">=": ir.BinaryOp.GE,
}

# One-argument double functions spelled alike in C++'s <cmath> and Java's Math.
MATH_FUNCTIONS = {
    "sqrt": ir.LibOp.SQRT,
    "cbrt": ir.LibOp.CBRT,
    "exp": ir.LibOp.EXP,
    "log": ir.LibOp.LOG,
    "log10": ir.LibOp.LOG10,
    "floor": ir.LibOp.FLOOR,
    "ceil": ir.LibOp.CEIL,
    "sin": ir.LibOp.SIN,
    "cos": ir.LibOp.COS,
    "tan": ir.LibOp.TAN,
    "asin": ir.LibOp.ASIN,
    "acos": ir.LibOp.ACOS,
    "atan": ir.LibOp.ATAN,
}


class Scopes:
    """Nested lexical scopes mapping variable names to their IR types.

    Each name keeps the stack of its visible declarations, so that a lookup costs the same however
    deep the scopes nest (an ``else if`` chain of 10,000 branches nests 10,000 of them)."""

    def __init__(self) -> None:
        self.frames: list[dict[str, t.Type]] = [{}]
        self._visible: dict[str, list[t.Type]] = {}  # name -> its declarations, innermost last

    def push(self) -> None:
        self.frames.append({})

    def pop(self) -> None:
        for name in self.frames.pop():
            declarations = self._visible[name]
            declarations.pop()
            if not declarations:
                del self._visible[name]

    def declare(self, name: str, type_: t.Type) -> None:
        frame = self.frames[-1]
        if name in frame:
            self._visible[name][-1] = type_
        else:
            self._visible.setdefault(name, []).append(type_)
        frame[name] = type_

    def lookup(self, name: str) -> t.Type | None:
        declarations = self._visible.get(name)
        return declarations[-1] if declarations else None


_EXPRESSION_METHODS: dict[tuple[type, str], Callable[..., ir.Expr] | None] = {}


class CFamilyFrontEnd:
    """What the C++ and Java front ends share: locations and errors, typed construction of
    operators, blocks, conversions, and the expressions both grammars spell alike."""

    language = ""
    # set by each language's front end: its parse, and the function being built
    tree: tree_sitter.Tree
    current_params: dict[str, t.Type]
    assigned_in_body: set[str]

    if TYPE_CHECKING:
        # each language's statements (its front end's ``statement``), which ``block`` reads
        def statement(self, node: tree_sitter.Node) -> list[ir.Stmt]: ...

    def __init__(self, code: str) -> None:
        self.code = code
        self.source = code.encode("utf-8")
        # an ASCII source's byte columns are its character columns: no slicing per location
        self.ascii = len(self.source) == len(code)
        self.scopes = Scopes()
        self.functions: dict[str, t.Type] = {}  # function name -> return type
        self.globals: list[ir.VarDecl] = []
        self.return_type: t.Type = t.VOID  # of the function being built

    # -- locations and errors ----------------------------------------------------------------
    def location(self, node: tree_sitter.Node) -> SourceLocation:
        row, byte_column = node.start_point
        if self.ascii:
            return SourceLocation(row + 1, byte_column + 1)
        line_start = node.start_byte - byte_column
        column = len(self.source[line_start : node.start_byte].decode("utf-8", "replace")) + 1
        return SourceLocation(row + 1, column)

    def unsupported(self, node: tree_sitter.Node, what: str | None = None) -> UnsupportedConstruct:
        snippet = " ".join(node_text(node).split())
        if len(snippet) > 40:
            snippet = snippet[:37] + "..."
        description = what or f"{node.type.replace('_', ' ')} '{snippet}'"
        return UnsupportedConstruct(
            f"rules engine: unsupported {self.language} construct: {description}", self.location(node)
        )

    # -- typed construction -------------------------------------------------------------------
    def binary(
        self,
        operator: str,
        left: ir.Expr,
        right: ir.Expr,
        node: tree_sitter.Node,
        *,
        unsigned_shift: bool = False,
    ) -> ir.Expr:
        """A typed ``Binary`` for a C++/Java operator token, with explicit division semantics."""
        loc = self.location(node)
        lt, rt = left.type, right.type
        if operator in ("&&", "||"):
            return ir.Binary(
                ir.BinaryOp.AND if operator == "&&" else ir.BinaryOp.OR,
                self.condition(left),
                self.condition(right),
                type=t.BOOL,
                location=loc,
            )
        if operator in _COMPARE:
            if isinstance(lt, t.BoolType) != isinstance(rt, t.BoolType):
                if _is_01(left) or _is_01(right):
                    left, right = self.bool_operand(left, rt), self.bool_operand(right, lt)
                else:
                    left = ir.Cast(left, type=t.INT) if isinstance(lt, t.BoolType) else left
                    right = ir.Cast(right, type=t.INT) if isinstance(rt, t.BoolType) else right
            return ir.Binary(_COMPARE[operator], left, right, type=t.BOOL, location=loc)
        if operator == "+" and (is_text(lt) or is_text(rt)):
            return ir.Binary(ir.BinaryOp.ADD, left, right, type=t.STRING, location=loc)
        self.require_numeric(left, node)
        self.require_numeric(right, node)
        if operator in _ARITHMETIC:
            return ir.Binary(_ARITHMETIC[operator], left, right, type=t.promote(lt, rt), location=loc)
        if operator == "/":
            result = t.promote(lt, rt)
            op = ir.BinaryOp.DIV if isinstance(result, t.FloatType) else ir.BinaryOp.TRUNC_DIV
            return ir.Binary(op, left, right, type=result, location=loc)
        if operator == "%":
            result = t.promote(lt, rt)
            op = ir.BinaryOp.FMOD if isinstance(result, t.FloatType) else ir.BinaryOp.TRUNC_MOD
            return ir.Binary(op, left, right, type=result, location=loc)
        if operator in _BITWISE:
            if isinstance(lt, t.BoolType) and isinstance(rt, t.BoolType):
                return ir.Binary(_BITWISE[operator], left, right, type=t.BOOL, location=loc)
            return ir.Binary(_BITWISE[operator], left, right, type=t.promote(lt, rt), location=loc)
        if operator in ("<<", ">>", ">>>"):
            result = t.promote(lt, t.INT)
            if operator == "<<":
                op = ir.BinaryOp.SHL
            elif operator == ">>>" or (
                unsigned_shift and isinstance(result, t.IntType) and not result.signed
            ):
                op = ir.BinaryOp.USHR
            else:
                op = ir.BinaryOp.SHR
            return ir.Binary(op, left, right, type=result, location=loc)
        raise self.unsupported(node, f"operator '{operator}'")

    def bool_operand(self, expr: ir.Expr, other: t.Type) -> ir.Expr:
        """A bool compared with a number: a 0/1 literal becomes false/true, else the bool becomes 0/1."""
        if isinstance(expr, ir.IntLiteral) and isinstance(other, t.BoolType) and expr.value in (0, 1):
            return ir.BoolLiteral(bool(expr.value), type=t.BOOL, location=expr.location)
        return expr

    def require_numeric(self, expr: ir.Expr, node: tree_sitter.Node) -> None:
        if not (t.is_numeric(expr.type) or isinstance(expr.type, t.BoolType)):
            raise self.unsupported(node, f"arithmetic on a value of type {expr.type}")

    def condition(self, expr: ir.Expr) -> ir.Expr:
        """``expr`` as a truth value: C++ lets ints, chars and pointers stand for ``!= 0``."""
        if isinstance(expr.type, t.BoolType):
            return expr
        if isinstance(expr, ir.Cast) and isinstance(expr.operand.type, t.BoolType):
            return expr.operand
        if isinstance(expr, ir.IntLiteral):
            return ir.BoolLiteral(expr.value != 0, type=t.BOOL, location=expr.location)
        if t.is_numeric(expr.type):
            zero: ir.Expr = (
                ir.CharLiteral("\0", type=t.CHAR)
                if isinstance(expr.type, t.CharType)
                else ir.IntLiteral(0, type=expr.type)
                if isinstance(expr.type, t.IntType)
                else ir.FloatLiteral(0.0, "0.0", type=expr.type)
            )
            return ir.Binary(ir.BinaryOp.NE, expr, zero, type=t.BOOL, location=expr.location)
        return expr

    def unary(self, operator: str, operand: ir.Expr, node: tree_sitter.Node) -> ir.Expr:
        loc = self.location(node)
        if operator == "!":
            return ir.Unary(ir.UnaryOp.NOT, self.condition(operand), type=t.BOOL, location=loc)
        self.require_numeric(operand, node)
        result = t.promote(operand.type, t.IntType(8))
        if operator == "-":
            if isinstance(operand, (ir.IntLiteral, ir.FloatLiteral)) and not isinstance(
                operand, ir.CharLiteral
            ):
                return negated_literal(operand, loc)
            return ir.Unary(ir.UnaryOp.NEG, operand, type=result, location=loc)
        if operator == "+":
            return ir.Unary(ir.UnaryOp.POS, operand, type=result, location=loc)
        if operator == "~":
            return ir.Unary(ir.UnaryOp.BIT_NOT, operand, type=result, location=loc)
        raise self.unsupported(node, f"unary operator '{operator}'")

    def assign_op(self, operator: str) -> ir.BinaryOp | None:
        """The ``BinaryOp`` of a compound assignment token such as ``+=`` (None for ``=``)."""
        if operator == "=":
            return None
        return None if operator[:-1] == "" else _COMPOUND.get(operator[:-1])

    def compound_op(
        self, operator: str, target: ir.Expr, value: ir.Expr, node: tree_sitter.Node
    ) -> ir.BinaryOp:
        """The explicit op for ``target op= value``: ``/=`` on ints truncates, and so on."""
        probe = self.binary(operator[:-1], target, value, node, unsigned_shift=True)
        assert isinstance(probe, ir.Binary)
        return probe.op

    # -- shared statements and expressions ------------------------------------------------------
    def block(self, node: tree_sitter.Node) -> ir.Block:
        self.scopes.push()
        body: list[ir.Stmt] = []
        for child in node.named_children:
            body.extend(self.statement(child))
        self.scopes.pop()
        return ir.Block(tuple(fills_into_declarations(body)), location=self.location(node))

    def coerce(self, expr: ir.Expr, to_type: t.Type) -> ir.Expr:
        """``expr`` converted implicitly to ``to_type`` where the conversion changes the value's kind."""
        source = expr.type
        if isinstance(to_type, t.ClassType):
            return self.coerce_object(expr, to_type)
        if to_type == t.UNKNOWN or source == to_type or source == t.UNKNOWN:
            return expr
        if isinstance(to_type, t.PairType) and isinstance(expr, ir.ArrayLiteral) and len(expr.elements) == 2:
            first, second = expr.elements  # C++ `return {a, b};` of a pair
            parts = (self.coerce(first, to_type.first), self.coerce(second, to_type.second))
            return ir.LibraryCall(ir.LibOp.MAKE_PAIR, parts, type=to_type, location=expr.location)
        numeric = (t.IntType, t.FloatType, t.CharType, t.BoolType)
        if isinstance(to_type, t.BoolType) and isinstance(expr, ir.IntLiteral):
            return ir.BoolLiteral(expr.value != 0, type=t.BOOL, location=expr.location)
        if isinstance(source, numeric) and isinstance(to_type, numeric):
            if isinstance(expr, ir.IntLiteral) and isinstance(to_type, t.IntType):
                return ir.IntLiteral(expr.value, type=to_type, location=expr.location)
            if isinstance(expr, ir.IntLiteral) and isinstance(to_type, t.FloatType):
                return ir.FloatLiteral(
                    float(expr.value), f"{expr.value}.0", type=to_type, location=expr.location
                )
            if (
                isinstance(source, t.IntType)
                and isinstance(to_type, t.IntType)
                and ((to_type.bits or 99) >= (source.bits or 99) and to_type.signed == source.signed)
            ):
                return ir.Cast(expr, type=to_type, location=expr.location)
            return ir.Cast(expr, type=to_type, location=expr.location)
        return expr

    def expression(self, node: tree_sitter.Node, statement: bool = False) -> ir.Expr:
        key = (type(self), node.type)
        if key in _EXPRESSION_METHODS:
            method = _EXPRESSION_METHODS[key]
        else:  # ``getattr`` once per front-end class and node type (no instance defines one)
            method = _EXPRESSION_METHODS[key] = getattr(type(self), f"expr_{node.type}", None)
        if method is None:
            raise self.unsupported(node)
        result: ir.Expr = method(self, node)
        return result

    def expr_parenthesized_expression(self, node: tree_sitter.Node) -> ir.Expr:
        if len(node.named_children) != 1:
            raise self.unsupported(node)
        inner = node.named_children[0]
        if inner.type == "comma_expression":
            raise self.unsupported(node, "comma operator")
        return self.expression(inner)

    def expr_true(self, node: tree_sitter.Node) -> ir.Expr:
        return ir.BoolLiteral(True, type=t.BOOL, location=self.location(node))

    def expr_false(self, node: tree_sitter.Node) -> ir.Expr:
        return ir.BoolLiteral(False, type=t.BOOL, location=self.location(node))

    def conditional(self, node: tree_sitter.Node) -> ir.Expr:
        """``c ? a : b`` (C++ ``conditional_expression``, Java ``ternary_expression``)."""
        condition = self.condition(self.expression(required(node, "condition")))
        then = self.expression(required(node, "consequence"))
        otherwise = self.expression(required(node, "alternative"))
        result = then.type
        if t.is_numeric(then.type) and t.is_numeric(otherwise.type) and then.type != otherwise.type:
            result = t.promote(then.type, otherwise.type)
        elif then.type == t.UNKNOWN:
            result = otherwise.type
        return ir.Conditional(condition, then, otherwise, type=result, location=self.location(node))

    def printable(self, value: ir.Expr, node: tree_sitter.Node) -> ir.Expr:
        if isinstance(value.type, (t.IntType, t.CharType, t.StringType)):
            return value
        text = self.printed_text(value)
        if text is not None:
            return text
        raise self.unsupported(
            node, f"printing a value of type {value.type} (each language formats it differently)"
        )

    def coerce_object(self, expr: ir.Expr, to_type: t.Type) -> ir.Expr:
        """``expr`` where an object is expected (C++ braces build one: ``cpp/frontend/classes.py``)."""
        return expr

    def printed_text(self, value: ir.Expr) -> ir.Expr | None:
        """The text the source language prints for a float or bool (``cfamily/program.py``)."""
        return printed_text(self.language, value)


_COMPOUND = {
    "+": ir.BinaryOp.ADD,
    "-": ir.BinaryOp.SUB,
    "*": ir.BinaryOp.MUL,
    "/": ir.BinaryOp.TRUNC_DIV,
    "%": ir.BinaryOp.TRUNC_MOD,
    "&": ir.BinaryOp.BIT_AND,
    "|": ir.BinaryOp.BIT_OR,
    "^": ir.BinaryOp.BIT_XOR,
    "<<": ir.BinaryOp.SHL,
    ">>": ir.BinaryOp.SHR,
    ">>>": ir.BinaryOp.USHR,
}


def negated_literal(literal: ir.IntLiteral | ir.FloatLiteral, loc: SourceLocation | None) -> ir.Expr:
    """``-literal``, wrapped to its type's width: ``-1u`` is 4294967295, Java's ``-0x80000000`` is
    -2147483648."""
    if isinstance(literal, ir.IntLiteral):
        value, type_ = -literal.value, literal.type
        if isinstance(type_, t.IntType) and type_.bits is not None:
            value %= 2**type_.bits
            if type_.signed and value >= 2 ** (type_.bits - 1):
                value -= 2**type_.bits
        return ir.IntLiteral(value, type=literal.type, location=loc)
    return ir.FloatLiteral(-literal.value, "-" + literal.text, type=literal.type, location=loc)


def _is_01(expr: ir.Expr) -> bool:
    return isinstance(expr, ir.IntLiteral) and expr.value in (0, 1)


def is_text(type_: t.Type) -> bool:
    return isinstance(type_, (t.StringType, t.StringBuilderType))


_ESCAPES = {
    "n": "\n",
    "t": "\t",
    "r": "\r",
    "0": "\0",
    "\\": "\\",
    "'": "'",
    '"': '"',
    "a": "\a",
    "b": "\b",
    "f": "\f",
    "v": "\v",
}


def unescape(body: str) -> str:
    """The characters of a C++ string or char literal body (between the quotes); Java's are read
    by ``java/frontend/literals.py`` (its octal and Unicode escapes differ)."""
    out: list[str] = []
    index = 0
    while index < len(body):
        char = body[index]
        if char == "\\" and index + 1 < len(body):
            nxt = body[index + 1]
            if (nxt in "01234567" and nxt != "0") or (
                nxt == "0" and index + 2 < len(body) and body[index + 2] in "01234567"
            ):
                digits = ""
                index += 1
                while index < len(body) and len(digits) < 3 and body[index] in "01234567":
                    digits += body[index]
                    index += 1
                out.append(chr(int(digits, 8)))
                continue
            hexadecimal = re.match(r"x([0-9a-fA-F]+)", body[index + 1 :]) if nxt == "x" else None
            if hexadecimal is not None:  # C++ reads every hex digit that follows (Java has no \\x)
                out.append(chr(min(int(hexadecimal.group(1), 16), 0x110000 - 1)))
                index += 1 + len(hexadecimal.group(0))
                continue
            if nxt == "u" and index + 5 < len(body) + 0:
                out.append(chr(int(body[index + 2 : index + 6], 16)))
                index += 6
                continue
            out.append(_ESCAPES.get(nxt, nxt))
            index += 2
            continue
        out.append(char)
        index += 1
    return "".join(out)


def iteration_type(type_: t.Type) -> t.Type:
    """The element type a range-for over ``type_`` binds (pairs for maps)."""
    if isinstance(type_, t.MapType):
        return t.PairType(type_.key, type_.value)
    return t.element_type(type_)


def descendants(node: tree_sitter.Node | None) -> list[tree_sitter.Node]:
    """``node`` and every node below it."""
    found: list[tree_sitter.Node] = []
    stack = [node] if node is not None else []
    while stack:
        current = stack.pop()
        found.append(current)
        stack.extend(current.children)
    return found


def fills_into_declarations(body: list[ir.Stmt]) -> list[ir.Stmt]:
    """``int dp[n][m]; memset(dp, v, sizeof dp);`` is one new array filled with ``v``: the targets
    create it so (``[[-1] * m for _ in range(n)]``) rather than creating and then filling it, and
    a fill with zero is what a new array holds already."""
    merged: list[ir.Stmt] = []
    for stmt in body:
        previous = merged[-1] if merged else None
        call = stmt.expr if isinstance(stmt, ir.ExprStmt) else None
        if (
            isinstance(previous, ir.VarDecl)
            and isinstance(previous.init, ir.NewArray)
            and previous.init.fill is None
            and isinstance(call, ir.LibraryCall)
            and call.op == ir.LibOp.FILL
            and isinstance(call.args[0], ir.Name)
            and call.args[0].id == previous.name
            and call.args[2] is None
            and call.args[3] is None
            and isinstance(call.args[1], (ir.IntLiteral, ir.BoolLiteral))
        ):
            value = call.args[1]
            fill = None if not value.value else value
            merged[-1] = dataclasses.replace(previous, init=dataclasses.replace(previous.init, fill=fill))
            continue
        merged.append(stmt)
    return merged


# Per language, a query finding what ``assigned_identifiers`` walks for, run inside tree-sitter
# (the walk in Python made a node object of every node of every function body). Java's
# ``update_expression`` names no field, so the walk never found its operand there either.
_ASSIGNED_QUERIES = {
    "java": "(assignment_expression left: (identifier) @name)",
    "cpp": "(assignment_expression left: (identifier) @name) (update_expression argument: (identifier) @name)",
}
_ASSIGNED_COMPILED: dict[str, tree_sitter.Query] = {}


def assigned_identifiers(body: tree_sitter.Node | None, language: str | None = None) -> set[str]:
    """Identifiers assigned or incremented anywhere under ``body`` (syntactically); ``language``
    (a key of ``_ASSIGNED_QUERIES``) finds them with a tree-sitter query."""
    if body is not None and language in _ASSIGNED_QUERIES:
        query = _ASSIGNED_COMPILED.get(language)
        if query is None:
            grammar = get_language(language).tree_sitter_language()
            query = _ASSIGNED_COMPILED[language] = tree_sitter.Query(grammar, _ASSIGNED_QUERIES[language])
        return {node_text(node) for node in tree_sitter.QueryCursor(query).captures(body).get("name", ())}
    names: set[str] = set()
    stack = [body] if body is not None else []
    while stack:
        node = stack.pop()
        target = None
        if node.type == "assignment_expression":
            target = node.child_by_field_name("left")
        elif node.type == "update_expression":
            target = node.child_by_field_name("argument")
        if target is not None and target.type == "identifier":
            names.add(node_text(target))
        stack.extend(node.children)
    return names
