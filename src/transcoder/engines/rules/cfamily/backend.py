"""What the Java and C++ back ends share: C-style statements, operators and precedence.

Subclasses supply types, library spellings and the few places where the languages differ
(string equality, list element access, casts). Output uses four-space indents and braces on
the same line, and adds parentheses only where precedence needs them or where compilers warn
(``&&`` inside ``||``, arithmetic inside bitwise operators).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.cfamily.exceptions import ExceptionStatements
from transcoder.engines.rules.cfamily.functions import FunctionValues
from transcoder.engines.rules.cfamily.labels import LabelStatements, jumps_to
from transcoder.engines.rules.comments import CommentPrinter
from transcoder.engines.rules.irtools import HEAP_ITERATION
from transcoder.engines.rules.printing import Form
from transcoder.errors import UnsupportedConstruct

if TYPE_CHECKING:
    from transcoder.engines.rules.interface import Declaration
    from transcoder.engines.rules.signature import PinnedParam

L = ir.LibOp
B = ir.BinaryOp

ATOM = 100
POSTFIX = 15
UNARY = 14
PREC = {
    B.OR: 3,
    B.AND: 4,
    B.BIT_OR: 5,
    B.BIT_XOR: 6,
    B.BIT_AND: 7,
    B.EQ: 8,
    B.NE: 8,
    B.LT: 9,
    B.LE: 9,
    B.GT: 9,
    B.GE: 9,
    B.SHL: 10,
    B.SHR: 10,
    B.USHR: 10,
    B.ADD: 11,
    B.SUB: 11,
    B.MUL: 12,
    B.DIV: 12,
    B.TRUNC_DIV: 12,
    B.TRUNC_MOD: 12,
    B.FMOD: 12,
    B.FLOOR_DIV: 12,
    B.FLOOR_MOD: 12,
}
SYMBOL = {
    B.OR: "||",
    B.AND: "&&",
    B.BIT_OR: "|",
    B.BIT_XOR: "^",
    B.BIT_AND: "&",
    B.EQ: "==",
    B.NE: "!=",
    B.LT: "<",
    B.LE: "<=",
    B.GT: ">",
    B.GE: ">=",
    B.SHL: "<<",
    B.SHR: ">>",
    B.ADD: "+",
    B.SUB: "-",
    B.MUL: "*",
    B.DIV: "/",
    B.TRUNC_DIV: "/",
    B.TRUNC_MOD: "%",
}
_BITWISE = {B.BIT_OR, B.BIT_XOR, B.BIT_AND, B.SHL, B.SHR, B.USHR}


class CFamilyBackend(ExceptionStatements, LabelStatements, FunctionValues):
    """Statement and expression printing common to Java and C++."""

    target_name = ""
    notes: CommentPrinter | None = None  # the source's comments, printed beside statements

    def __init__(self, module: ir.Module) -> None:
        self.ir_module = module
        self.lines: list[str] = []
        self.indent = 0
        self.imports: set[str] = set()
        self.scopes: list[dict[str, str]] = []  # source name -> printed name
        self.taken: set[str] = set()  # names declared anywhere in the current function
        self.temp_counter = 0
        self.current: ir.Function | None = None
        self.global_names = {g.name for g in module.globals}
        # Pinned interfaces (see interface.py): function name -> the declaration to print as spelled.
        self.declarations: dict[str, Declaration] = {}

    # -- helpers --------------------------------------------------------------------------------
    def unsupported(self, node: ir.Node, what: str) -> UnsupportedConstruct:
        return UnsupportedConstruct(
            f"rules engine: cannot translate to {self.target_name}: {what}", node.location
        )

    def emit(self, line: str) -> None:
        self.lines.append("    " * self.indent + line)

    def name(self, name: str) -> str:
        for frame in reversed(self.scopes):
            if name in frame:
                return frame[name]
        return self.safe(name)

    def safe(self, name: str) -> str:
        return name + "_" if name in self.reserved() else name

    def reserved(self) -> frozenset[str]:
        return frozenset()

    def declare(self, name: str) -> str:
        """The printed name of a new local; renamed if it would shadow an enclosing local."""
        printed = self.safe(name)
        visible = {v for frame in self.scopes for v in frame.values()}
        if self.shadowing_forbidden() and printed in visible:
            suffix = 2
            while f"{printed}{suffix}" in visible or f"{printed}{suffix}" in self.taken:
                suffix += 1
            printed = f"{printed}{suffix}"
        self.scopes[-1][name] = printed
        self.taken.add(printed)
        return printed

    def shadowing_forbidden(self) -> bool:
        return False

    def temp(self, base: str = "temp") -> str:
        visible = {v for frame in self.scopes for v in frame.values()} | self.taken
        names = (
            {n.id for n in ir.walk(self.current) if isinstance(n, ir.Name)}
            if self.current is not None
            else set()
        )
        candidate = base
        index = 1
        while candidate in visible or candidate in names:
            candidate = f"{base}{index}"
            index += 1
        self.taken.add(candidate)
        return candidate

    # -- functions ----------------------------------------------------------------------------------
    def function_text(self, function: ir.Function, header: str) -> str:
        self.current = function
        self.lines = []
        self.indent = 0
        self.taken = set()
        self.scopes = [{}]
        for param in function.params:
            self.declare(param.name)
        self.emit(header.format(params=", ".join(self.param(p) for p in function.params)) + " {")
        self.indent += 1
        self.prologue(function)
        body = list(function.body.body)
        if self.notes is not None:
            self.notes.enter(function)
        self.statements(body)
        if not isinstance(function.return_type, t.VoidType) and _can_complete(function.body):
            self.missing_return(function)
        for comment in self.notes.rest_of_function() if self.notes is not None else ():
            self.emit(comment)
        self.indent -= 1
        self.emit("}")
        return "\n".join(self.lines)

    def prologue(self, function: ir.Function) -> None:
        """Statements at the top of a function body (copies of by-value containers)."""

    def missing_return(self, function: ir.Function) -> None:
        """Called when control may reach the end of a non-void function (C++ UB; Java rejects it)."""

    def param(self, param: ir.Param) -> str:
        raise NotImplementedError

    def declaration(self, function: ir.Function) -> Declaration | None:
        """The pinned declaration of ``function``, if the caller gave one."""
        return self.declarations.get(function.name)

    def pinned_param(self, param: ir.Param) -> PinnedParam | None:
        """How the pinned declaration spells ``param`` (a parameter of the current function)."""
        assert self.current is not None
        declaration = self.declaration(self.current)
        if declaration is None:
            return None
        position = next((i for i, p in enumerate(self.current.params) if p.name == param.name), None)
        return declaration.params[position] if position is not None else None

    # -- statements ---------------------------------------------------------------------------------
    def statements(self, body: list[ir.Stmt]) -> None:
        for stmt in _printed(body):  # anything after is unreachable (and a compile error in Java)
            self.stmt(stmt)

    def stmt(self, stmt: ir.Stmt) -> None:
        method = _method(type(self), "stmt_", type(stmt))
        if method is None:
            raise self.unsupported(stmt, type(stmt).__name__)
        if self.notes is None:
            method(self, stmt)
        else:  # the source's comments around the statement (comments.py)
            self.notes.around(stmt, self.lines, lambda: method(self, stmt))

    def body(self, stmt: ir.Stmt, suffix: str = "") -> None:
        """Emit ``{`` ... ``}`` around ``stmt`` (the opening brace is already on the header line)."""
        self.indent += 1
        self.scopes.append({})
        if isinstance(stmt, ir.Block):
            self.statements(list(stmt.body))
        else:
            self.stmt(stmt)
        self.scopes.pop()
        self.indent -= 1
        self.emit("}" + suffix)

    def stmt_Block(self, stmt: ir.Block) -> None:
        self.emit("{")
        self.body(stmt)

    def stmt_VarDecl(self, stmt: ir.VarDecl) -> None:
        raise NotImplementedError

    def stmt_ExprStmt(self, stmt: ir.ExprStmt) -> None:
        expr = stmt.expr
        if isinstance(expr, ir.LibraryCall) and self.library_statement(expr):
            return
        if isinstance(expr, ir.AssignExpr) and self.assignment_statement(expr):
            return
        if isinstance(expr, ir.IncDec) and self.incdec_statement(expr):
            return
        if self.dropped(expr):
            return
        self.emit(self.expr(self.top(expr)) + ";")

    def dropped(self, expr: ir.Expr) -> bool:
        """Whether an expression statement is left out (Java: one that computes nothing)."""
        return False

    def library_statement(self, call: ir.LibraryCall) -> bool:
        """Emit a library operation that is a statement in this language; False if it is an expression."""
        return False

    def assignment_statement(self, expr: ir.AssignExpr) -> bool:
        return False

    def incdec_statement(self, expr: ir.IncDec) -> bool:
        return False

    def top(self, expr: ir.Expr) -> ir.Expr:
        """An expression statement printed as the statement form (``i++`` rather than ``++i``)."""
        if isinstance(expr, ir.IncDec) and expr.prefix:
            return ir.IncDec(expr.target, expr.delta, False, type=expr.type, location=expr.location)
        return expr

    def stmt_If(self, stmt: ir.If) -> None:
        self.emit(f"if ({self.expr(stmt.condition)}) {{")
        current: ir.Stmt | None = stmt
        while isinstance(current, ir.If):
            self.indent += 1
            self.scopes.append({})
            then = current.then
            self.statements(list(then.body) if isinstance(then, ir.Block) else [then])
            self.scopes.pop()
            self.indent -= 1
            current = current.otherwise
            if (
                isinstance(current, ir.Block)
                and len(current.body) == 1
                and isinstance(current.body[0], ir.If)
            ):
                current = current.body[0]
            if isinstance(current, ir.If):
                self.emit(f"}} else if ({self.expr(current.condition)}) {{")
        if current is not None:
            self.emit("} else {")
            self.body(current)
        else:
            self.emit("}")

    def stmt_While(self, stmt: ir.While) -> None:
        self.emit(f"while ({self.expr(stmt.condition)}) {{")
        self.body(stmt.body)

    def stmt_DoWhile(self, stmt: ir.DoWhile) -> None:
        self.emit("do {")
        self.body(stmt.body, f" while ({self.expr(stmt.condition)});")

    def stmt_For(self, stmt: ir.For) -> None:
        self.scopes.append({})
        init_parts: list[str] = []
        decls = [s for s in stmt.init if isinstance(s, ir.VarDecl)]
        if decls and len(decls) == len(stmt.init) and len({d.type for d in decls}) == 1:
            pieces = []
            for decl in decls:
                name = self.declare(decl.name)
                value = (
                    self.expr(self.top_value(decl.init, decl.type))
                    if decl.init is not None
                    else self.zero(decl.type)
                )
                pieces.append(f"{name} = {value}")
            init_parts.append(f"{self.type_name(decls[0].type)} " + ", ".join(pieces))
        elif decls:
            for init in stmt.init:
                self.stmt(init)
        else:
            for init in stmt.init:
                assert isinstance(init, ir.ExprStmt)
                if not self.dropped(init.expr):
                    init_parts.append(self.expr(self.top(init.expr)))
        condition = self.expr(stmt.condition) if stmt.condition is not None else ""
        updates = ", ".join(self.expr(self.top(u)) for u in stmt.update if not self.dropped(u))
        self.emit(f"for ({', '.join(init_parts)}; {condition}; {updates}) {{")
        self.body(stmt.body)
        self.scopes.pop()

    def stmt_ForEach(self, stmt: ir.ForEach) -> None:
        if isinstance(stmt.iterable.type, t.PriorityQueueType):
            raise self.unsupported(stmt, HEAP_ITERATION)
        self.scopes.append({})
        name = self.declare(stmt.name)
        self.emit(f"for ({self.foreach_type(stmt)} {name} : {self.iterable(stmt.iterable)}) {{")
        self.body(stmt.body)
        self.scopes.pop()

    def foreach_type(self, stmt: ir.ForEach) -> str:
        return self.type_name(stmt.var_type)

    def iterable(self, expr: ir.Expr) -> str:
        return self.expr(expr)

    def stmt_Return(self, stmt: ir.Return) -> None:
        if stmt.value is None:
            self.emit("return;")
        else:
            assert self.current is not None
            self.emit(f"return {self.expr(self.top_value(stmt.value, self.current.return_type))};")

    def stmt_Switch(self, stmt: ir.Switch) -> None:
        self.emit(f"switch ({self.expr(stmt.subject)}) {{")
        self.indent += 1
        for case in stmt.cases:
            if case.values:
                for value in case.values:
                    self.emit(f"case {self.expr(value)}:")
            else:
                self.emit("default:")
            self.indent += 1
            self.scopes.append({})
            self.statements(list(case.body))
            self.scopes.pop()
            self.indent -= 1
        self.indent -= 1
        self.emit("}")

    def global_modifiers(self, decl: ir.VarDecl) -> str:
        """What precedes a global's type in this target (``const ``, ``static final ``)."""
        raise NotImplementedError

    def global_declarations(self) -> list[str]:
        """One line per global of the module, in source order."""
        lines: list[str] = []
        for decl in self.ir_module.globals:
            self.scopes = [{}]
            value = (
                self.expr(self.top_value(decl.init, decl.type))
                if decl.init is not None
                else self.zero(decl.type)
            )
            lines.append(f"{self.global_modifiers(decl)}{self.type_name(decl.type)} {self.safe(decl.name)} = {value};")
        return lines

    def top_value(self, expr: ir.Expr | None, target: t.Type) -> ir.Expr:
        """A value stored into ``target``: implicit widening casts need not be written."""
        assert expr is not None
        if isinstance(expr, ir.Cast) and _widening(expr.operand.type, expr.type) and expr.type == target:
            return expr.operand
        return expr

    # -- expressions --------------------------------------------------------------------------------
    def expr(self, expr: ir.Expr | None, min_prec: int = 0) -> str:
        if expr is None:
            raise UnsupportedConstruct(f"rules engine: cannot translate to {self.target_name}: missing value")
        text, prec = self.render(expr)
        return f"({text})" if prec < min_prec else text

    def render(self, expr: ir.Expr) -> tuple[str, int]:
        method = _method(type(self), "expr_", type(expr))
        if method is None:
            raise self.unsupported(expr, type(expr).__name__)
        rendered: tuple[str, int] = method(self, expr)
        return rendered

    def expr_Name(self, expr: ir.Name) -> tuple[str, int]:
        return (self.name(expr.id), ATOM)

    def expr_BoolLiteral(self, expr: ir.BoolLiteral) -> tuple[str, int]:
        return ("true" if expr.value else "false", ATOM)

    def expr_CharLiteral(self, expr: ir.CharLiteral) -> tuple[str, int]:
        return (c_string(expr.value, "'"), ATOM)

    def expr_StringLiteral(self, expr: ir.StringLiteral) -> tuple[str, int]:
        return (c_string(expr.value, '"'), ATOM)

    def expr_FloatLiteral(self, expr: ir.FloatLiteral) -> tuple[str, int]:
        text = expr.text or repr(expr.value)
        if "." not in text and "e" not in text.lower():
            text += ".0"
        if isinstance(expr.type, t.FloatType) and expr.type.bits == 32:
            text += "f"
        return (text, UNARY if text.startswith("-") else ATOM)

    def expr_Unary(self, expr: ir.Unary) -> tuple[str, int]:
        symbol = expr.op.value
        operand = self.operand(expr.operand, UNARY)
        if symbol == "-" and operand.startswith("-"):
            operand = f"({operand})"
        return (f"{symbol}{operand}", UNARY)

    def operand(self, expr: ir.Expr, min_prec: int) -> str:
        return self.expr(expr, min_prec)

    def expr_Binary(self, expr: ir.Binary) -> tuple[str, int]:
        op = expr.op
        if op not in SYMBOL:
            raise self.unsupported(expr, f"operator {op.value}")
        prec = PREC[op]
        left_min, right_min = prec, prec + 1
        # Parenthesise for clarity where compilers warn: && inside ||, arithmetic inside bitwise.
        left_text = self.operand(expr.left, self.clarity(op, expr.left, left_min))
        right_text = self.operand(expr.right, self.clarity(op, expr.right, right_min))
        return (f"{left_text} {SYMBOL[op]} {right_text}", prec)

    def clarity(self, op: ir.BinaryOp, child: ir.Expr, minimum: int) -> int:
        if isinstance(child, ir.Binary):
            if op == B.OR and child.op == B.AND:
                return ATOM
            if (
                (op in _BITWISE or child.op in _BITWISE)
                and child.op != op
                and child.op not in (B.AND, B.OR)
                and op not in (B.AND, B.OR)
                and op not in ir.COMPARISONS
            ):
                return ATOM
        return minimum

    def expr_Conditional(self, expr: ir.Conditional) -> tuple[str, int]:
        return (
            f"{self.expr(expr.condition, 3)} ? {self.expr(expr.then, 3)} : {self.expr(expr.otherwise, 2)}",
            2,
        )

    def expr_IncDec(self, expr: ir.IncDec) -> tuple[str, int]:
        symbol = "++" if expr.delta > 0 else "--"
        target = self.expr(expr.target, POSTFIX)
        return (
            f"{symbol}{target}" if expr.prefix else f"{target}{symbol}",
            UNARY if expr.prefix else POSTFIX,
        )

    def expr_AssignExpr(self, expr: ir.AssignExpr) -> tuple[str, int]:
        target = self.expr(expr.target, POSTFIX)
        if expr.op is None:
            return (f"{target} = {self.expr(self.top_value(expr.value, expr.target.type), 1)}", 1)
        symbol = SYMBOL.get(expr.op) or {B.USHR: ">>>"}.get(expr.op)
        if symbol is None:
            raise self.unsupported(expr, f"compound assignment {expr.op.value}")
        return (f"{target} {symbol}= {self.expr(expr.value, 1)}", 1)

    def expr_Call(self, expr: ir.Call) -> tuple[str, int]:
        return (f"{expr.function}({', '.join(self.expr(a) for a in expr.args)})", POSTFIX)

    def form(self, form: Form, call: ir.LibraryCall) -> tuple[str, int]:
        """A library operation spelled by a table's template (arguments, then receivers)."""
        arguments, receiver_positions = form.fields
        rendered = ["" for _ in call.args]
        for i in arguments:
            argument = call.args[i]
            rendered[i] = self.expr(argument) if argument is not None else ""
        receivers = {
            f"r{i}": self.expr(call.args[i], POSTFIX) for i in receiver_positions if call.args[i] is not None
        }
        return (form.template.format(*rendered, **receivers), form.precedence)

    def zero(self, type_: t.Type) -> str:
        if isinstance(type_, t.BoolType):
            return "false"
        if isinstance(type_, t.FloatType):
            return "0.0"
        if isinstance(type_, t.CharType):
            return "'\\0'"
        if isinstance(type_, t.IntType):
            return "0"
        return self.null()

    def null(self) -> str:
        return "null"

    def type_name(self, type_: t.Type) -> str:
        raise NotImplementedError


def c_string(value: str, quote: str, *, hex_controls: bool = False) -> str:
    """``value`` as a quoted literal. A character that is not printable is escaped: ``\\xNN``,
    ``\\uNNNN`` (Python, with ``hex_controls``), else a three-digit octal escape below 256
    (never ``\\u``: Java reads ``\\u000a`` before the literal, as a line break) and ``\\uNNNN``
    above (Java; C++ strings hold ASCII only). ``\\0`` before a digit is ``\\000``: ``"\\01"``
    would be the character 1 in every target."""
    out = []
    for index, char in enumerate(value):
        if char in _NAMED_ESCAPES:
            out.append(_NAMED_ESCAPES[char])
        elif char == quote:
            out.append("\\" + quote)
        elif char.isprintable():
            out.append(char)
        elif char == "\0":
            out.append("\\000" if value[index + 1 : index + 2].isdigit() else "\\0")
        elif hex_controls:
            out.append(_python_escape(char))
        else:
            out.append(_c_escape(char))
    return quote + "".join(out) + quote


_NAMED_ESCAPES = {"\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _python_escape(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code < 256 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def _c_escape(char: str) -> str:
    code = ord(char)
    if code < 256:
        return f"\\{code:03o}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    high, low = 0xD800 + ((code - 0x10000) >> 10), 0xDC00 + ((code - 0x10000) & 0x3FF)
    return f"\\u{high:04x}\\u{low:04x}"  # a Java string holds UTF-16 units (C++ strings no such char)


def _widening(source: t.Type, target: t.Type) -> bool:
    if source != target and t.BIGINT in (source, target):
        return False  # a Python integer beyond 64 bits converts by a call (java/bigint.py, cpp/bigint.py)
    if isinstance(source, t.IntType) and isinstance(target, t.IntType):
        return (
            (target.bits or 99) > (source.bits or 99) and source.signed == target.signed
        ) or source == target
    if isinstance(source, (t.IntType, t.CharType)) and isinstance(target, t.FloatType):
        return True
    if isinstance(source, t.CharType) and isinstance(target, t.IntType):
        return True
    return isinstance(source, t.FloatType) and isinstance(target, t.FloatType) and target.bits >= source.bits


_METHODS: dict[tuple[type, str, type], Callable[..., Any] | None] = {}


def _method(printer: type, prefix: str, node: type) -> Callable[..., Any] | None:
    """The printer class's ``<prefix><node class name>`` (``stmt_If``, ``expr_Binary``), or
    None: ``getattr`` once per pair of classes rather than per node (no instance defines one)."""
    key = (printer, prefix, node)
    if key in _METHODS:
        return _METHODS[key]
    found = _METHODS[key] = getattr(printer, f"{prefix}{node.__name__}", None)
    return found


def _can_complete(stmt: ir.Stmt) -> bool:
    """Whether control may fall off the end of ``stmt`` (a conservative version of Java's rule)."""
    if isinstance(stmt, ir.Block):
        # every statement: the printers stop at the first that cannot complete (`return a; a++;`
        # prints `return a;`), so a fall-through return after it would be unreachable in Java
        return all(_can_complete(s) and not isinstance(s, (ir.Break, ir.Continue)) for s in stmt.body)
    if isinstance(stmt, (ir.Return, ir.Throw)):
        return False
    if isinstance(stmt, ir.Labeled):
        return _can_complete(stmt.body) or jumps_to(stmt.body, stmt.label, ir.Break)
    if isinstance(stmt, ir.Switch):  # JLS 14.22: no default, a break out of it, or a last group that completes
        default = any(not case.values for case in stmt.cases)
        last = stmt.cases[-1].body if stmt.cases else ()
        leaves = any(_has_break(s) for case in stmt.cases for s in _printed(case.body))
        return not default or leaves or _can_complete(ir.Block(last))
    if isinstance(stmt, ir.Try):  # Java's rule (JLS 14.22)
        inside = _can_complete(stmt.body) or any(_can_complete(h.body) for h in stmt.handlers)
        return inside and (stmt.final is None or _can_complete(stmt.final))
    if isinstance(stmt, ir.If):
        return stmt.otherwise is None or _can_complete(stmt.then) or _can_complete(stmt.otherwise)
    if isinstance(stmt, ir.While):
        infinite = isinstance(stmt.condition, ir.BoolLiteral) and stmt.condition.value
        return not infinite or _has_break(stmt.body)
    if isinstance(stmt, ir.For):
        return stmt.condition is not None or _has_break(stmt.body)
    if isinstance(stmt, ir.DoWhile):
        infinite = isinstance(stmt.condition, ir.BoolLiteral) and stmt.condition.value
        return not infinite or _has_break(stmt.body)
    return True


def _printed(body: Sequence[ir.Stmt]) -> list[ir.Stmt]:
    """The statements of ``body`` the printers print: up to the first that cannot complete (a
    `break` after `return a;` is dropped, so it does not make its switch complete in Java)."""
    printed: list[ir.Stmt] = []
    for stmt in body:
        printed.append(stmt)
        if isinstance(stmt, (ir.Return, ir.Break, ir.Continue)) or not _can_complete(stmt):
            break
    return printed


def _has_break(stmt: ir.Stmt) -> bool:
    def visit(node: ir.Node) -> bool:
        if isinstance(node, ir.Break):
            return node.label is None  # a labelled break leaves the loop its label names
        if isinstance(node, (ir.While, ir.For, ir.DoWhile, ir.ForEach, ir.Switch)):
            return False
        return any(visit(child) for child in ir.children(node))

    return visit(stmt)
