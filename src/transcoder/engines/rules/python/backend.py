"""Python back end: prints an ``ir.Module`` as idiomatic Python.

Meaning is kept where Python differs from C++/Java:

* truncating ``/`` and ``%`` print as ``//`` and ``%`` only when both operands are provably
  non-negative (``infer.NonNegative``) or the remainder is only compared with zero; otherwise
  32-bit division prints as ``int(a / b)`` (exact below 2**52) and anything else uses small
  ``trunc_div``/``trunc_mod`` helpers emitted at the top of the file;
* chars are one-character strings, converted with ``ord``/``chr`` exactly where the source
  used their integer value;
* unsigned arithmetic is masked to its width; signed overflow is not emulated (it is
  undefined in C++; see docs/rules.md for the Java case);
* C-style ``for`` loops become ``for i in range(...)`` when the bound is loop-invariant and the
  variable is not changed in the body, and ``while`` loops otherwise (``continue`` runs the update).
"""

from __future__ import annotations

import builtins
import keyword
import re
from collections.abc import Callable, Sequence

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.analysis.names import (
    assigned_names,
    directly_assigned,
    names_used,
)
from transcoder.engines.rules.analysis.nonnegative import NonNegative
from transcoder.engines.rules.cfamily.backend import c_string
from transcoder.engines.rules.classes import CALLS, is_method
from transcoder.engines.rules.comments import CommentPrinter, Comments
from transcoder.engines.rules.irtools import plus, renamed
from transcoder.engines.rules.printing import Form
from transcoder.engines.rules.python.classes import ClassPrinting
from transcoder.engines.rules.python.containers import Containers
from transcoder.engines.rules.python.exceptions import ExceptionStatements
from transcoder.engines.rules.python.float32 import Float32Rounding, rounds
from transcoder.engines.rules.python.functions import FunctionValues
from transcoder.engines.rules.python.labels import LabelStatements
from transcoder.engines.rules.python.loops import Loops
from transcoder.engines.rules.python.printing import (
    EXPRESSIONS,
    STATEMENTS,
    is_statement,
    mask,
    non_zero,
    number_key,
)
from transcoder.engines.rules.python.printing_text import HELPERS as TEXT_HELPERS
from transcoder.engines.rules.python.program import entry_call
from transcoder.engines.rules.python.runtime import HELPERS
from transcoder.engines.rules.python.shapes import (
    ends_with_jump,
    has_side_effects,
    lift_increments,
    negate,
    walk_no_loops,
)
from transcoder.errors import UnsupportedConstruct

L = ir.LibOp
B = ir.BinaryOp

ATOM = 100
PREC = {
    B.OR: 2,
    B.AND: 3,
    B.EQ: 5,
    B.NE: 5,
    B.LT: 5,
    B.LE: 5,
    B.GT: 5,
    B.GE: 5,
    B.BIT_OR: 6,
    B.BIT_XOR: 7,
    B.BIT_AND: 8,
    B.SHL: 9,
    B.SHR: 9,
    B.USHR: 9,
    B.ADD: 10,
    B.SUB: 10,
    B.MUL: 11,
    B.DIV: 11,
    B.TRUNC_DIV: 11,
    B.FLOOR_DIV: 11,
    B.TRUNC_MOD: 11,
    B.FLOOR_MOD: 11,
    B.FMOD: 11,
}
SYMBOL = {
    B.OR: "or",
    B.AND: "and",
    B.EQ: "==",
    B.NE: "!=",
    B.LT: "<",
    B.LE: "<=",
    B.GT: ">",
    B.GE: ">=",
    B.BIT_OR: "|",
    B.BIT_XOR: "^",
    B.BIT_AND: "&",
    B.SHL: "<<",
    B.SHR: ">>",
    B.ADD: "+",
    B.SUB: "-",
    B.MUL: "*",
    B.DIV: "/",
    B.FLOOR_DIV: "//",
    B.FLOOR_MOD: "%",
}
# a C++ pair's first and second (a Python tuple's items): read, never assigned
_PAIR_PARTS = (L.PAIR_FIRST, L.PAIR_SECOND, L.TUPLE_GET)
# Builtins the printer emits; a variable with one of these names is renamed when the call is used.
_PY_BUILTINS = frozenset(dir(builtins))  # names a module function must not take
BUILTINS = frozenset(
    {
        "str",
        "len",
        "list",
        "max",
        "min",
        "abs",
        "int",
        "float",
        "ord",
        "chr",
        "range",
        "sum",
        "sorted",
        "set",
        "dict",
        "round",
        "pow",
        "math",
        "sys",
        "heapq",
        "deque",
        "defaultdict",
        "bool",
        "any",
        "all",
    }
)


class PythonBackend(ClassPrinting, ExceptionStatements, LabelStatements, FunctionValues, Loops, Containers):
    """Prints one module; ``imports`` and ``helpers`` collect what the text needs."""

    notes: CommentPrinter | None = None  # the source's comments, printed beside statements

    def __init__(self, module: ir.Module, non_negative: Sequence[NonNegative] = ()) -> None:
        """``non_negative``: the analysis of each function, in order (computed here when not given)."""
        self.ir_module = module
        self.non_negative = tuple(non_negative) or tuple(
            NonNegative(f, module.globals) for f in module.functions
        )
        self.imports: set[str] = set()
        self.helpers: set[str] = set()
        self.global_names = {g.name for g in module.globals}
        self.function_names = {f.name for f in module.functions}
        # A module function named like a Python builtin (a C++ `reversed`, a Java `sum`) would
        # shadow the builtin for every other function of the translation: printed `name_`.
        self.function_renames = {
            f.name: f.name + "_"
            for f in module.functions
            if not is_method(f.name) and (f.name in _PY_BUILTINS or keyword.iskeyword(f.name))
        }
        self.def_name: str | None = None  # the printed name of the module function being printed
        self.nonneg: NonNegative | None = None
        self.renames: dict[str, str] = {}
        self.used_builtins: set[str] = set()
        self.loop_stack: list[list[str]] = []  # lines to run before `continue`, per loop
        self.indent = 0
        self.lines: list[str] = []
        self.current: ir.Function | None = None
        self.indexed_maps: set[t.Type] | None = None  # map types read with C++ `m[key]`
        self.name_counts: dict[str, int] = {}  # occurrences of each name in the current function
        self.fresh_names: set[str] = set()  # temporaries introduced in the current function
        self.prelude: Callable[[], None] | None = None  # statements first in the function (classes.py)

    # -- module -----------------------------------------------------------------------------------
    def render_module(self) -> str:
        chunks: list[str] = []
        if self.ir_module.globals:
            self.lines = []
            for decl in self.ir_module.globals:
                self.stmt(decl)
            chunks.append("\n".join(self.lines))
        for function, non_negative in zip(self.ir_module.functions, self.non_negative, strict=True):
            if is_method(function.name):
                continue  # printed in its class (classes.py)
            self.nonneg = non_negative
            self.def_name = self.function_renames.get(function.name, function.name)
            chunks.append(self.function(function))
            self.def_name = None
        chunks.extend(self.class_texts())
        self.refuse_helper_clashes()
        entry = entry_call(self.ir_module, self)
        if entry:
            chunks.append(entry)
        if "java_text" in self.helpers:
            self.imports.update(("import decimal", "import math", "import struct"))
        if "java_hash_map" in self.helpers:
            bases = "MutableMapping, MutableSet" if "java_hash_set" in self.helpers else "MutableMapping"
            self.imports.add(f"from collections.abc import {bases}")
        head: list[str] = sorted(self.imports, key=lambda s: (s.startswith("from"), s))
        helpers = [
            HELPERS[name]
            for name in (
                "trunc_div",
                "trunc_mod",
                "int8",
                "int16",
                "int32",
                "int64",
                "saturating_int",
                "x86_int",
                "x86_unsigned",
                "fmod",
                "fdiv",
                "sqrt",
                "log",
                "log2",
                "log10",
                "exp",
                "asin",
                "acos",
                "fpow",
                "f32",
                "compare",
                "java_null_text",
                "c_stoi",
                "c_atoi",
                "round_half_away",
                "round_half_up",
                "java_hash_map",
                "java_hash_set",
                "java_text",
                "read_token",
            )
            if name in self.helpers
        ]
        if "trunc_mod" in self.helpers and "trunc_div" not in self.helpers:
            helpers.insert(0, HELPERS["trunc_div"])
        helpers += [HELPERS[name] for name in TEXT_HELPERS if name in self.helpers]
        parts: list[str] = []
        if head:
            parts.append("\n".join(head))
        parts.extend(helpers)
        parts.extend(chunks)
        return "\n\n\n".join(parts) + "\n"

    def refuse_helper_clashes(self) -> None:
        """A function of the module named like a function of a helper the translation carries
        (``compare``) would replace it: refused."""
        for function in self.ir_module.functions:
            for helper in self.helpers:
                if re.search(rf"^def {re.escape(function.name)}\(", HELPERS.get(helper, ""), re.M):
                    raise self.unsupported(
                        function, f"function '{function.name}' has the name of a helper the translation needs"
                    )

    def function(self, function: ir.Function) -> str:
        rounding = Float32Rounding(self.ir_module, function)  # binary32 results (float32.py)
        function = rounding.rewritten()
        for node, what in rounding.refusals:
            raise self.unsupported(node, what)
        self.current = function
        self.name_counts = {}
        for node in ir.walk(function.body):
            if isinstance(node, ir.Name):
                self.name_counts[node.id] = self.name_counts.get(node.id, 0) + 1
        local_names = {p.name for p in function.params} | {
            n.name for n in ir.walk(function.body) if isinstance(n, ir.VarDecl | ir.ForEach)
        }
        self.renames = {
            name: name + "_"
            for name in local_names
            if keyword.iskeyword(name) or name in ("print", "input", "type")
        }
        text = self._function_text(function)
        # A local named like a builtin or a helper function the text calls (`sqrt`, `log`) would
        # hide it: renamed `name_`.
        helper_functions = {
            name for helper in self.helpers for name in re.findall(r"^def (\w+)\(", HELPERS.get(helper, ""), re.M)
        }
        clashes = {
            name
            for name in local_names
            if name in self.used_builtins or (name in helper_functions and re.search(rf"\b{name}\(", text))
        }
        if clashes:
            self.renames.update({name: name + "_" for name in clashes})
            text = self._function_text(function)
        return text

    def _function_text(self, function: ir.Function) -> str:
        self.fresh_names = set()
        self.used_builtins = set()
        self.lines = []
        self.indent = 0
        params = ", ".join(
            self.name(p.name) + (f"={self.expr(p.default)}" if p.default is not None else "")
            for p in function.params
        )
        self.emit(f"def {self.def_name or function.name}({params}):")
        self.indent += 1
        before = len(self.lines)
        assigned = directly_assigned(function.body)
        changed_globals = sorted(assigned & self.global_names - {p.name for p in function.params})
        if changed_globals:
            self.emit("global " + ", ".join(changed_globals))
        mutated = assigned_names(function.body)
        for param in function.params:
            scalar = isinstance(
                param.type, t.IntType | t.FloatType | t.BoolType | t.CharType | t.StringType | t.TypeVarType
            )
            if param.by_reference and scalar and param.name in mutated:
                raise UnsupportedConstruct(
                    f"rules engine: cannot translate to Python: parameter '{param.name}' is a reference the function assigns",
                    param.location,
                )
            if not param.by_reference and isinstance(param.type, t.ListType) and param.name in mutated:
                self.emit(
                    f"{self.name(param.name)} = list({self.name(param.name)})"
                )  # C++ passes vectors by value
        if self.prelude is not None:
            self.prelude()  # a constructor's base call and field initialisers (classes.py)
        if self.notes is not None:
            self.notes.enter(function)
        for stmt in function.body.body:
            self.stmt(stmt)
        if len(self.lines) == before:
            self.emit("pass")
        for comment in self.notes.rest_of_function() if self.notes is not None else ():
            self.emit(comment)
        self.indent -= 1
        return "\n".join(self.lines)

    def name(self, name: str) -> str:
        return self.renames.get(name, name)

    def emit(self, line: str) -> None:
        self.lines.append("    " * self.indent + line)

    def builtin(self, name: str) -> str:
        self.used_builtins.add(name)
        return name

    # -- statements ---------------------------------------------------------------------------------
    def block(self, stmt: ir.Stmt) -> None:
        """Emit ``stmt`` as an indented suite (``pass`` if it emits nothing)."""
        self.indent += 1
        before = len(self.lines)
        self.stmt(stmt)
        if len(self.lines) == before:
            self.emit("pass")
        self.indent -= 1

    def stmt(self, stmt: ir.Stmt) -> None:
        method = getattr(self, f"stmt_{type(stmt).__name__}", None)
        if method is None:
            raise self.unsupported(stmt, type(stmt).__name__)
        if self.notes is None:
            method(stmt)
        else:  # the source's comments around the statement (comments.py)
            self.notes.around(stmt, self.lines, lambda: method(stmt))

    def unsupported(self, node: ir.Node, what: str) -> UnsupportedConstruct:
        return UnsupportedConstruct(f"rules engine: cannot translate to Python: {what}", node.location)

    def stmt_Block(self, stmt: ir.Block) -> None:
        for inner in stmt.body:
            self.stmt(inner)

    def stmt_VarDecl(self, stmt: ir.VarDecl) -> None:
        if self.function_value_declaration(stmt):  # a lambda in a variable (functions.py)
            return
        if stmt.init is None:
            value = "None" if isinstance(stmt.type, t.PairType) else self.zero(stmt.type)
            self.emit(f"{self.name(stmt.name)} = {value}")
            return
        pre, post, init = lift_increments(stmt.init)
        for inc in pre:
            self.emit(self.incdec_text(inc))
        self.emit(f"{self.name(stmt.name)} = {self.expr(init)}")
        for inc in post:
            self.emit(self.incdec_text(inc))

    def stmt_ExprStmt(self, stmt: ir.ExprStmt) -> None:
        expr = stmt.expr
        if isinstance(expr, ir.IncDec):
            self.emit(self.incdec_text(expr))
            return
        if isinstance(expr, ir.AssignExpr):
            self.assignment(expr)
            return
        if isinstance(expr, ir.LibraryCall) and (is_statement(expr)):
            pre, post, rewritten = lift_increments(expr)
            for inc in pre:
                self.emit(self.incdec_text(inc))
            assert isinstance(rewritten, ir.LibraryCall)
            self.library_statement(rewritten)
            for inc in post:
                self.emit(self.incdec_text(inc))
            return
        if isinstance(expr, (ir.LibraryCall, ir.Call, *CALLS)):
            pre, post, rewritten = lift_increments(expr)
            for inc in pre:
                self.emit(self.incdec_text(inc))
            self.emit(self.expr(rewritten))
            for inc in post:
                self.emit(self.incdec_text(inc))
            return
        raise self.unsupported(stmt, "expression statement without effect")

    def incdec_text(self, inc: ir.IncDec) -> str:
        target = self.target(inc.target)
        if isinstance(inc.target.type, t.CharType):
            return f"{target} = chr(ord({target}) {'+' if inc.delta > 0 else '-'} 1)"
        return f"{target} {'+=' if inc.delta > 0 else '-='} 1"

    def target(self, expr: ir.Expr) -> str:
        if isinstance(expr, ir.Index) and isinstance(expr.base.type, t.StringType):
            raise self.unsupported(
                expr, "assignment to a character of a string (Python strings are immutable)"
            )
        if has_side_effects(expr):
            raise self.unsupported(expr, "increment or assignment inside an assignment target")
        if isinstance(expr, ir.LibraryCall) and expr.op in _PAIR_PARTS:
            raise self.unsupported(expr, "assignment to a pair component (Python tuples are immutable)")
        return self.expr(expr)

    def assignment(self, expr: ir.AssignExpr) -> None:
        targets: list[ir.Expr] = [expr.target]
        value = expr.value
        if expr.op is None:
            while isinstance(value, ir.AssignExpr) and value.op is None:
                targets.append(value.target)
                value = value.value
        pre, post, value = lift_increments(value)
        index_pre: list[ir.IncDec] = []
        index_post: list[ir.IncDec] = []
        lifted_targets = []
        for target in targets:
            tpre, tpost, new_target = lift_increments(target)
            index_pre += tpre
            index_post += tpost
            lifted_targets.append(new_target)
        for inc in pre + index_pre:
            self.emit(self.incdec_text(inc))
        if (
            len(lifted_targets) == 1
            and isinstance(lifted_targets[0], ir.Index)
            and isinstance(lifted_targets[0].base.type, t.StringType)
            and isinstance(lifted_targets[0].base, ir.Name)
            and not has_side_effects(lifted_targets[0].index)
        ):
            # Strings are immutable in Python: rebuild the string around the changed character.
            target = lifted_targets[0]
            new_char = (
                value
                if expr.op is None
                else ir.Cast(ir.Binary(expr.op, target, value, type=t.INT), type=t.CHAR)
            )
            name = self.expr(target.base)
            index = self.numeric(target.index, 0)
            after = self.numeric(plus(target.index, 1), 0)
            prefix = "" if index == "0" else f"{name}[:{index}] + "
            self.emit(f"{name} = {prefix}{self.expr(new_char, 11)} + {name}[{after}:]")
            for inc in post + index_post:
                self.emit(self.incdec_text(inc))
            return
        texts = [self.target(x) for x in lifted_targets]
        target_type = expr.target.type
        if expr.op is None:
            self.emit(" = ".join(texts) + " = " + self.expr(value))
        else:
            text = texts[0]
            combined = ir.Binary(
                expr.op, expr.target, value, type=_compound_type(expr.target.type, value.type, expr.op)
            )
            if isinstance(target_type, t.CharType):
                self.emit(f"{text} = chr({self.expr(combined)})")
            elif isinstance(target_type, t.IntType) and isinstance(combined.type, t.FloatType):
                self.emit(f"{text} = int({self.expr(combined)})")
            elif (_is_unsigned(target_type) and expr.op == B.SHL) or expr.op in (
                B.TRUNC_DIV,
                B.TRUNC_MOD,
                B.USHR,
            ):
                rendered = self.expr(combined)
                simple = SYMBOL.get(expr.op) or {B.TRUNC_DIV: "//", B.TRUNC_MOD: "%"}.get(expr.op)
                direct = simple and rendered == f"{text} {simple} {self.expr(value, PREC[expr.op] + 1)}"
                if direct and not (_is_unsigned(target_type) and expr.op == B.SHL):
                    self.emit(f"{text} {simple}= {self.expr(value)}")
                else:
                    self.emit(f"{text} = {rendered}")
            elif expr.op in SYMBOL:
                right = value
                if isinstance(target_type, t.IntType) and isinstance(value.type, t.CharType):
                    self.emit(f"{text} {SYMBOL[expr.op]}= {self.numeric(value, 0)}")
                else:
                    self.emit(f"{text} {SYMBOL[expr.op]}= {self.expr(right)}")
            else:
                self.emit(f"{text} = {self.expr(combined)}")
        for inc in post + index_post:
            self.emit(self.incdec_text(inc))

    def stmt_If(self, stmt: ir.If) -> None:
        keyword_ = "if"
        current: ir.Stmt | None = stmt
        while isinstance(current, ir.If):
            condition = self.condition_text(current.condition)
            self.emit(f"{keyword_} {condition}:")
            self.block(current.then)
            keyword_ = "elif"
            current = current.otherwise
            if (
                isinstance(current, ir.Block)
                and len(current.body) == 1
                and isinstance(current.body[0], ir.If)
            ):
                current = current.body[0]
        if current is not None:
            self.emit("else:")
            self.block(current)

    def condition_text(self, expr: ir.Expr) -> str:
        # An assignment is printed as Python's assignment expression (expr_AssignExpr checks its
        # target), evaluated where Java or C++ evaluates it; increments have no such form.
        if any(isinstance(node, ir.IncDec) for node in ir.walk(expr)):
            raise self.unsupported(expr, "increment or assignment inside a condition")
        return self.expr(expr)

    def stmt_Break(self, stmt: ir.Break) -> None:
        self.emit("break")

    def stmt_Continue(self, stmt: ir.Continue) -> None:
        if self.loop_stack:
            for line in self.loop_stack[-1]:
                self.emit(line)
        self.emit("continue")

    def stmt_Return(self, stmt: ir.Return) -> None:
        if stmt.value is None:
            self.emit("return")
            return
        pre, _, value = lift_increments(stmt.value)  # increments after a return are dead
        for inc in pre:
            self.emit(self.incdec_text(inc))
        self.emit(f"return {self.expr(value)}")

    def stmt_Switch(self, stmt: ir.Switch) -> None:
        subject = self.expr(stmt.subject, 6)
        first = True
        cases = list(stmt.cases)
        for index, case in enumerate(cases):
            body = list(case.body)
            if body and isinstance(body[-1], ir.Break):
                body.pop()
            elif index != len(cases) - 1 and not (body and ends_with_jump(ir.Block(tuple(body)))):
                raise self.unsupported(case, "switch case that falls through to the next one")
            if any(isinstance(n, ir.Break) for s in body for n in walk_no_loops(s)):
                raise self.unsupported(case, "break inside a switch case before its end")
            if not case.values:
                if index != len(cases) - 1:
                    raise self.unsupported(case, "default label before other cases")
                if first:
                    self.stmt(ir.Block(tuple(body)))
                    return
                self.emit("else:")
            else:
                values = [self.expr(v, 6) for v in case.values]
                test = (
                    f"{subject} == {values[0]}" if len(values) == 1 else f"{subject} in ({', '.join(values)})"
                )
                self.emit(f"{'if' if first else 'elif'} {test}:")
            self.block(ir.Block(tuple(body)))
            first = False

    # -- library statements -------------------------------------------------------------------------
    def library_statement(self, call: ir.LibraryCall) -> None:
        STATEMENTS[call.op](self, call)

    def swap_string_chars(self, call: ir.LibraryCall) -> None:
        """``swap(s[i], s[j])`` on an immutable str: keep one char, then rebuild twice.

        Exact when the positions do not read the strings being changed (they are evaluated again
        after the first rebuild).
        """
        first, second = call.args
        assert first is not None and second is not None
        changed = {
            x.base.id for x in (first, second) if isinstance(x, ir.Index) and isinstance(x.base, ir.Name)
        }
        positions = [x.index for x in (first, second) if isinstance(x, ir.Index)]
        if any(names_used(position) & changed or has_side_effects(position) for position in positions):
            raise self.unsupported(call, "swap of string characters at positions that read the strings")
        temp = self.fresh_name("temp")
        self.emit(f"{temp} = {self.expr(first)}")
        self.assignment(ir.AssignExpr(first, second, type=first.type))
        self.assignment(ir.AssignExpr(second, ir.Name(temp, type=first.type), type=first.type))

    def fresh_name(self, base: str) -> str:
        """A name no variable of the current function uses (for a temporary)."""
        assert self.current is not None
        taken = {n.id for n in ir.walk(self.current) if isinstance(n, ir.Name)} | set(self.renames.values())
        taken |= {n.name for n in ir.walk(self.current) if isinstance(n, ir.VarDecl | ir.ForEach | ir.Param)}
        taken |= self.fresh_names
        name = next(name for name in (base, *(f"{base}{i}" for i in range(1, 1000))) if name not in taken)
        self.fresh_names.add(name)
        return name

    def pop_text(self, call: ir.LibraryCall) -> str:
        container = call.args[0]
        assert container is not None
        if isinstance(container.type, t.PriorityQueueType):
            self.imports.add("import heapq")
            text = f"heapq.heappop({self.expr(container)})"
            return f"-{text}" if container.type.max_first else text
        if isinstance(container.type, t.QueueType):
            return f"{self.expr(container, ATOM)}.popleft()"
        return f"{self.expr(container, ATOM)}.pop()"

    def sort(self, call: ir.LibraryCall) -> None:
        seq = call.args[0]
        begin, end = call.args[1], call.args[2]
        comparator = call.args[3] if call.op == L.SORT else None
        assert seq is not None
        keywords: list[str] = []
        if call.op == L.SORT_DESC:
            keywords.append("reverse=True")
        if comparator is not None:
            keywords.extend(self.sort_keywords(comparator))
        suffix = ", ".join(keywords)
        if begin is None and end is None:
            self.emit(f"{self.expr(seq, ATOM)}.sort({suffix})")
        else:
            piece = f"{self.expr(seq, ATOM)}[{self.slice(begin, end)}]"
            self.emit(f"{piece} = {self.builtin('sorted')}({piece}{', ' + suffix if suffix else ''})")

    def sort_keywords(self, comparator: ir.Expr) -> list[str]:
        if not isinstance(comparator, ir.Lambda) or len(comparator.params) != 2:
            raise self.unsupported(comparator, "comparator")
        a, b = comparator.params[0].name, comparator.params[1].name
        body = comparator.body
        if isinstance(body, ir.Binary) and body.op in (B.LT, B.GT):
            # `key(a) < key(b)` sorts by key; `key(b) < key(a)` by key descending (reverse=True
            # keeps tied elements in order, as the stable sort with the comparator does)
            for left, right, flipped in ((body.left, body.right, False), (body.right, body.left, True)):
                if a in names_used(right) or b in names_used(left):
                    continue
                left_key = renamed(left, {a: "x"})
                if left_key != renamed(right, {b: "x"}):
                    continue
                keywords = []
                if not (isinstance(left_key, ir.Name) and left_key.id == "x"):
                    keywords.append(f"key=lambda x: {self.expr(left_key)}")
                if (body.op == B.GT) != flipped:
                    keywords.append("reverse=True")
                return keywords
        self.imports.add("from functools import cmp_to_key")
        if (  # `cmp(a, b) < 0`: a Java Comparator value sorts as itself
            isinstance(body, ir.Binary)
            and body.op == B.LT
            and isinstance(body.left, ir.Invoke)
            and isinstance(body.right, ir.IntLiteral)
            and body.right.value == 0
            and [getattr(x, "id", None) for x in body.left.args] == [a, b]
            and not {a, b} & names_used(body.left.callee)
        ):
            return [f"key=cmp_to_key({self.expr(body.left.callee)})"]
        if isinstance(body, ir.Block):
            raise self.unsupported(comparator, "comparator with statements")
        before = self.expr(body)
        after = self.expr(renamed(body, {a: b, b: a}))
        return [f"key=cmp_to_key(lambda {a}, {b}: -1 if {before} else 1 if {after} else 0)"]

    def slice(self, begin: ir.Expr | None, end: ir.Expr | None) -> str:
        return f"{self.expr(begin) if begin is not None else ''}:{self.expr(end) if end is not None else ''}"

    # -- expressions -------------------------------------------------------------------------------
    def expr(self, expr: ir.Expr | None, min_prec: int = 0) -> str:
        if expr is None:
            return "None"
        text, prec = self.render(expr)
        return f"({text})" if prec < min_prec else text

    def numeric(self, expr: ir.Expr, min_prec: int) -> str:
        """``expr`` as a number: chars become their code with ``ord``."""
        if isinstance(expr.type, t.CharType):
            if (
                isinstance(expr, ir.Cast)
                and t.is_integral(expr.operand.type)
                and not isinstance(expr.operand.type, t.CharType)
            ):
                return self.expr(expr.operand, min_prec)
            return f"{self.builtin('ord')}({self.expr(expr)})"
        return self.expr(expr, min_prec)

    def render(self, expr: ir.Expr) -> tuple[str, int]:
        method = getattr(self, f"expr_{type(expr).__name__}", None)
        if method is None:
            raise self.unsupported(expr, type(expr).__name__)
        printed: tuple[str, int] = method(expr)
        if rounds(expr):  # a C++/Java float result, rounded to binary32 as the source rounds it
            self.helpers.add("f32")
            self.imports.update(("import math", "import struct"))
            return (f"f32({printed[0]})", ATOM)
        return printed

    def expr_IntLiteral(self, expr: ir.IntLiteral) -> tuple[str, int]:
        return (str(expr.value), ATOM if expr.value >= 0 else 12)

    def expr_FloatLiteral(self, expr: ir.FloatLiteral) -> tuple[str, int]:
        text = expr.text or repr(expr.value)
        if text.startswith("."):
            text = "0" + text
        if text.endswith("."):
            text += "0"
        if "." not in text and "e" not in text and "inf" not in text:
            text += ".0"
        return (text, 12 if text.startswith("-") else ATOM)

    def expr_BoolLiteral(self, expr: ir.BoolLiteral) -> tuple[str, int]:
        return ("True" if expr.value else "False", ATOM)

    def expr_CharLiteral(self, expr: ir.CharLiteral) -> tuple[str, int]:
        return (_py_string(expr.value, "'"), ATOM)

    def expr_StringLiteral(self, expr: ir.StringLiteral) -> tuple[str, int]:
        return (_py_string(expr.value, '"'), ATOM)

    def expr_NullLiteral(self, expr: ir.NullLiteral) -> tuple[str, int]:
        return ("None", ATOM)

    def expr_Name(self, expr: ir.Name) -> tuple[str, int]:
        return (self.name(expr.id), ATOM)

    def expr_Unary(self, expr: ir.Unary) -> tuple[str, int]:
        if expr.op == ir.UnaryOp.NOT:
            inner = expr.operand
            if (
                isinstance(inner, ir.Binary)
                and inner.op in (B.EQ, B.NE, B.LT, B.GE, B.GT, B.LE)
                and not isinstance(inner.left.type, t.FloatType)
            ):
                return self.render(negate(inner))
            if isinstance(inner, ir.LibraryCall) and inner.op == L.CONTAINS:
                return self.contains(inner, negated=True)
            if isinstance(inner, ir.LibraryCall) and inner.op == L.EMPTY:
                return (f"{self.builtin('len')}({self.expr(inner.args[0])}) > 0", 5)
            return (f"not {self.expr(inner, 4)}", 4)
        operand = self.numeric(expr.operand, 12)
        if expr.op == ir.UnaryOp.NEG:
            return (f"-{operand}", 12)  # an unsigned result is reduced by the Wrap around it
        if expr.op == ir.UnaryOp.POS:
            return (operand, 12) if not isinstance(expr.operand.type, t.CharType) else (operand, ATOM)
        return (f"~{operand}", 12)

    def expr_Wrap(self, expr: ir.Wrap) -> tuple[str, int]:
        """A value reduced into its fixed-width type: Python's integers never wrap by themselves."""
        type_ = expr.type
        assert isinstance(type_, t.IntType) and type_.bits is not None
        operand = expr.operand
        if not type_.signed:
            inner = ATOM if isinstance(operand, ir.Binary | ir.Unary) else 9
            return (f"{self.numeric(operand, inner)} & {mask(type_)}", 8)
        helper = f"int{type_.bits}"
        self.helpers.add(helper)
        return (f"{helper}({self.numeric(operand, 0)})", ATOM)

    def expr_Binary(self, expr: ir.Binary) -> tuple[str, int]:
        op = expr.op
        left, right = expr.left, expr.right
        if op in (B.AND, B.OR):
            prec = PREC[op]
            return (f"{self.expr(left, prec)} {SYMBOL[op]} {self.expr(right, prec + 1)}", prec)
        if op in ir.COMPARISONS:
            return self.comparison(expr)
        if op == B.ADD and isinstance(expr.type, t.StringType):
            return (f"{self.text_piece(left, 10)} + {self.text_piece(right, 11)}", 10)
        prec = PREC[op]
        nonneg = self.nonneg or (lambda e: False)
        if op in (B.TRUNC_DIV, B.TRUNC_MOD):
            if nonneg(left) and nonneg(right):
                symbol = "//" if op == B.TRUNC_DIV else "%"
                return self.wrap_unsigned(
                    expr, f"{self.numeric(left, prec)} {symbol} {self.numeric(right, prec + 1)}", prec
                )
            if op == B.TRUNC_DIV and isinstance(expr.type, t.IntType) and (expr.type.bits or 64) <= 32:
                return (f"{self.builtin('int')}({self.numeric(left, 11)} / {self.numeric(right, 12)})", ATOM)
            helper = "trunc_div" if op == B.TRUNC_DIV else "trunc_mod"
            self.helpers.add(helper)
            return (f"{helper}({self.numeric(left, 0)}, {self.numeric(right, 0)})", ATOM)
        if op == B.FMOD:
            self.imports.add("import math")
            self.helpers.add("fmod")
            return (f"fmod({self.expr(left)}, {self.expr(right)})", ATOM)
        if op == B.USHR:
            bits = expr.type.bits if isinstance(expr.type, t.IntType) and expr.type.bits else 32
            masked = f"{self.numeric(left, 8)} & {mask(t.IntType(bits, False))}"
            if _is_unsigned(left.type):
                return (f"{self.numeric(left, 9)} >> {self.numeric(right, 10)}", 9)
            return (f"({masked}) >> {self.numeric(right, 10)}", 9)
        if op == B.DIV:
            if not non_zero(self, right):  # x / 0.0 is ±inf or NaN in C++/Java (printing.py)
                self.helpers.add("fdiv")
                self.imports.add("import math")
                left_arg = self.numeric(_drop_float_cast(left), 0)
                return (f"fdiv({left_arg}, {self.numeric(_drop_float_cast(right), 0)})", ATOM)
            left_text = self.numeric(_drop_float_cast(left), prec)
            right_text = self.numeric(_drop_float_cast(right), prec + 1)
            return (f"{left_text} / {right_text}", prec)
        symbol = SYMBOL[op]
        left_min, right_min = prec, prec + 1
        if op in (B.BIT_AND, B.BIT_OR, B.BIT_XOR, B.SHL, B.SHR):
            # Parenthesise arithmetic inside bit operations: `n & (n - 1)` reads as meant.
            if isinstance(left, ir.Binary) and left.op != op and left.op not in ir.COMPARISONS:
                left_min = ATOM
            if isinstance(right, ir.Binary) and right.op != op and right.op not in ir.COMPARISONS:
                right_min = ATOM
            if isinstance(left, ir.Wrap):  # a mask inside another bit operation: `(x & M) | y`
                left_min = ATOM
            if isinstance(right, ir.Wrap):
                right_min = ATOM
        text = f"{self.numeric(left, left_min)} {symbol} {self.numeric(right, right_min)}"
        return self.wrap_unsigned(expr, text, prec)

    def wrap_unsigned(self, expr: ir.Binary, text: str, prec: int) -> tuple[str, int]:
        # Only bit operations are kept in the unsigned range: arithmetic overflow is not emulated,
        # for unsigned as for signed values (see docs/rules.md, "Integer overflow").
        # Unsigned shifts and arithmetic are not masked either: see docs/rules.md.
        if False:
            return (text, prec)
        return (text, prec)

    def text_piece(self, expr: ir.Expr, min_prec: int) -> str:
        if self.may_be_null(expr):  # Java's `null + "x"` is "nullx"; None + "x" raises in Python
            self.helpers.add("java_null_text")
            return f"java_null_text({self.expr(expr)})"
        if isinstance(expr, ir.LibraryCall) and expr.op == L.TO_STRING and expr.args[0] is not None:
            value = expr.args[0]
            if isinstance(value, ir.Name) and self.may_be_null(value):  # a boxed number that may be null
                return f'("null" if {self.expr(value)} is None else {self.expr(expr)})'
            if self.may_be_null(value):
                raise self.unsupported(value, "a value that may be null converted to a string")
        if isinstance(expr.type, t.StringType | t.CharType | t.StringBuilderType):
            return self.expr(expr, min_prec)
        if isinstance(expr.type, t.BoolType):
            return f"{self.builtin('str')}({self.expr(expr)}).lower()"
        return f"{self.builtin('str')}({self.expr(expr)})"

    def may_be_null(self, expr: ir.Expr) -> bool:
        """Whether a (Java) reference concatenated into a string may be null: ``null`` itself, a
        conditional with a null branch, a local or parameter the function stores such a value
        into, or a call of one of the program's functions that returns one."""
        if isinstance(expr, ir.NullLiteral):
            return True
        if isinstance(expr, ir.Conditional):
            return self.may_be_null(expr.then) or self.may_be_null(expr.otherwise)
        if isinstance(expr, ir.Name) and self.current is not None:
            return expr.id in null_stored(self.current)
        if isinstance(expr, ir.Call):
            called = next((f for f in self.ir_module.functions if f.name == expr.function), None)
            return called is not None and any(
                isinstance(n, ir.Return) and n.value is not None and _null_valued(n.value) for n in ir.walk(called.body)
            )
        return False

    def comparison(self, expr: ir.Binary) -> tuple[str, int]:
        left, right = expr.left, expr.right
        symbol = SYMBOL[expr.op]
        # `a % b == 0` holds for the same operands whichever way the remainder rounds.
        if (
            expr.op in (B.EQ, B.NE)
            and isinstance(right, ir.IntLiteral)
            and right.value == 0
            and isinstance(left, ir.Binary)
            and left.op == B.TRUNC_MOD
        ):
            return (f"{self.numeric(left.left, 11)} % {self.numeric(left.right, 12)} {symbol} 0", 5)
        left_char = isinstance(left.type, t.CharType)
        right_char = isinstance(right.type, t.CharType)
        if (left_char and right_char) or (_texty(left.type) and _texty(right.type)):
            return (f"{self.expr(left, 6)} {symbol} {self.expr(right, 6)}", 5)
        if (
            left_char
            and isinstance(right, ir.IntLiteral)
            and 0 <= right.value < 0x110000
            and expr.op in (B.EQ, B.NE)
        ):
            return (f"{self.expr(left, 6)} {symbol} {_py_string(chr(right.value), chr(39))}", 5)
        if (
            isinstance(left.type, t.PairType | t.ListType | t.ArrayType)
            or isinstance(left, ir.NullLiteral)
            or isinstance(right, ir.NullLiteral)
            or (isinstance(left.type, t.ClassType) and not left.type.value)  # objects: identity
        ):
            if isinstance(right, ir.NullLiteral) or isinstance(left, ir.NullLiteral) or isinstance(left.type, t.ClassType):
                symbol = "is" if expr.op == B.EQ else "is not"
            return (f"{self.expr(left, 6)} {symbol} {self.expr(right, 6)}", 5)
        return (f"{self.numeric(left, 6)} {symbol} {self.numeric(right, 6)}", 5)

    def expr_Conditional(self, expr: ir.Conditional) -> tuple[str, int]:
        return (
            f"{self.value_as(expr.then, expr.type, 2)} if {self.expr(expr.condition, 2)} else {self.value_as(expr.otherwise, expr.type, 1)}",
            1,
        )

    def value_as(self, expr: ir.Expr, type_: t.Type, min_prec: int) -> str:
        if isinstance(type_, t.IntType) and isinstance(expr.type, t.CharType):
            return self.numeric(expr, min_prec)
        return self.expr(expr, min_prec)

    def expr_Cast(self, expr: ir.Cast) -> tuple[str, int]:
        source, target, operand = expr.operand.type, expr.type, expr.operand
        if isinstance(source, t.OptionalType) or isinstance(target, t.OptionalType):
            return self.render(operand)  # a Python optional and its value are one object
        if isinstance(target, t.CharType):
            if isinstance(source, t.CharType):
                return self.render(operand)
            if isinstance(operand, ir.IntLiteral) and 0 <= operand.value < 0x110000:
                return (_py_string(chr(operand.value), "'"), ATOM)
            return (f"{self.builtin('chr')}({self.numeric(operand, 0)})", ATOM)
        if isinstance(target, t.IntType):
            if isinstance(source, t.CharType):
                return (self.numeric(operand, 0), ATOM)
            if isinstance(source, t.FloatType):
                if (
                    isinstance(operand, ir.LibraryCall)
                    and operand.op == L.POW
                    and all(a is not None and t.is_integral(a.type) for a in operand.args)
                ):
                    return self.integer_power(operand, target)
                if isinstance(operand, ir.LibraryCall) and operand.op in (L.FLOOR, L.CEIL):
                    return self.render(operand)
                return (f"{self.builtin('int')}({self.expr(operand)})", ATOM)
            if isinstance(source, t.BoolType):
                return (f"{self.builtin('int')}({self.expr(operand)})", ATOM)
            if isinstance(source, t.IntType):
                if (
                    not target.signed
                    and isinstance(operand, ir.IntLiteral | ir.Unary)
                    and not (isinstance(operand, ir.IntLiteral) and operand.value >= 0)
                ):
                    # `(unsigned) -1`: a negative value changes; values in range do not (see docs).
                    return (f"{self.expr(operand, 8)} & {mask(target)}", 8)
                if (
                    target.signed
                    and target.bits is not None
                    and source.bits is not None
                    and target.bits < source.bits
                ):
                    # Narrowing keeps the low bits in C++ and Java; values in range are unchanged.
                    return self.render(operand)
                return self.render(operand)
            return self.render(operand)
        if isinstance(target, t.FloatType):
            if isinstance(source, t.FloatType):
                return self.render(operand)
            return (f"{self.builtin('float')}({self.numeric(operand, 0)})", ATOM)
        if isinstance(target, t.BoolType):
            if isinstance(source, t.BoolType):
                return self.render(operand)
            return (f"{self.numeric(operand, 6)} != 0", 5)
        if isinstance(target, t.StringType) and isinstance(source, t.CharType):
            return self.render(operand)
        return self.render(operand)

    def integer_power(self, call: ir.LibraryCall, target: t.Type) -> tuple[str, int]:
        base, exponent = call.args
        assert base is not None and exponent is not None
        return (f"{self.numeric(base, 14)} ** {self.numeric(exponent, 13)}", 13)

    def expr_Index(self, expr: ir.Index) -> tuple[str, int]:
        base = self.expr(expr.base, ATOM)
        if has_side_effects(expr.index):
            raise self.unsupported(expr, "increment inside an index")
        char_keys = isinstance(expr.base.type, t.MapType) and isinstance(expr.base.type.key, t.CharType)
        # a map's char keys stay one-character strings, as its other operations spell them
        index = self.expr(expr.index) if char_keys else self.numeric(expr.index, 0)
        return (f"{base}[{index}]", ATOM)

    def expr_Call(self, expr: ir.Call) -> tuple[str, int]:
        args = ", ".join(self.expr(a) for a in expr.args)
        return (f"{self.function_renames.get(expr.function, expr.function)}({args})", ATOM)

    def expr_Lambda(self, expr: ir.Lambda) -> tuple[str, int]:
        if isinstance(expr.body, ir.Block):
            raise self.unsupported(expr, "lambda with statements")
        params = ", ".join(self.name(p.name) for p in expr.params)
        return (f"lambda {params}: {self.expr(expr.body)}", 0)

    def expr_ArrayLiteral(self, expr: ir.ArrayLiteral) -> tuple[str, int]:
        return ("[" + ", ".join(self.expr(e) for e in expr.elements) + "]", ATOM)

    def expr_NewArray(self, expr: ir.NewArray) -> tuple[str, int]:
        element = expr.type
        for _ in expr.dims:
            element = t.element_type(element)
        fill = self.expr(expr.fill) if expr.fill is not None else self.zero(element)
        dims = list(expr.dims)
        text = f"[{fill}] * {self.expr(dims[-1], 12)}"
        for dim in reversed(dims[:-1]):
            text = f"[{text} for _ in {self.builtin('range')}({self.expr(dim)})]"
        return (text, ATOM if len(dims) > 1 else 11)

    def expr_AssignExpr(self, expr: ir.AssignExpr) -> tuple[str, int]:
        """An assignment used as a value: Python's assignment expression, for a variable."""
        target = expr.target
        if not isinstance(target, ir.Name) or has_side_effects(expr.value) or expr.op in (B.USHR,):
            raise self.unsupported(expr, "assignment inside an expression")
        value = expr.value
        if expr.op is not None:
            value = ir.Binary(expr.op, target, value, type=_compound_type(target.type, value.type, expr.op))
            if isinstance(target.type, t.IntType) and isinstance(value.type, t.FloatType):
                raise self.unsupported(expr, "assignment inside an expression")
        if isinstance(target.type, t.CharType) and not isinstance(value.type, t.CharType):
            value = ir.Cast(value, type=t.CHAR)
        return (f"({self.name(target.id)} := {self.expr(value)})", ATOM)

    def expr_IncDec(self, expr: ir.IncDec) -> tuple[str, int]:
        raise self.unsupported(expr, "increment or decrement inside an expression")

    def contains(self, call: ir.LibraryCall, negated: bool = False) -> tuple[str, int]:
        container, value = number_key(self, call).args
        assert container is not None and value is not None
        return (f"{self.expr(value, 6)} {'not in' if negated else 'in'} {self.expr(container, 6)}", 5)

    def expr_LibraryCall(self, call: ir.LibraryCall) -> tuple[str, int]:
        row = EXPRESSIONS.get(call.op)
        if row is None:
            raise self.unsupported(call, f"library operation {call.op.value}")
        if isinstance(row, Form):
            return self.form(row, call)
        return row(self, call)

    def form(self, form: Form, call: ir.LibraryCall) -> tuple[str, int]:
        """A library operation spelled by a table's template (arguments, then receivers)."""
        self.imports.update(form.imports)
        for builtin in BUILTINS:
            if form.template.startswith(builtin + "("):
                self.used_builtins.add(builtin)
        arguments, receiver_positions = form.fields
        rendered = ["" for _ in call.args]
        for i in arguments:
            rendered[i] = self.expr(call.args[i])
        receivers = {f"r{i}": self.expr(call.args[i], ATOM) for i in receiver_positions}
        return (form.template.format(*rendered, **receivers), form.precedence)

    def zero(self, type_: t.Type) -> str:
        if isinstance(type_, t.BoolType):
            return "False"
        if isinstance(type_, t.FloatType):
            return "0.0"
        if isinstance(type_, t.CharType):
            return "'\\0'"
        if isinstance(type_, t.StringType):
            return '""'
        if isinstance(type_, t.IntType):
            return "0"
        if isinstance(type_, t.ListType):
            return "[]"
        if isinstance(type_, (*t.CONTAINER_TYPES,)):
            return self.expr(ir.NewContainer(type=type_))
        return "None"


def _texty(type_: t.Type) -> bool:
    return isinstance(type_, t.StringType | t.StringBuilderType)


def _is_unsigned(type_: t.Type) -> bool:
    return isinstance(type_, t.IntType) and not type_.signed and type_.bits is not None


def _compound_type(target: t.Type, value: t.Type, op: ir.BinaryOp) -> t.Type:
    if op in (B.SHL, B.SHR, B.USHR):
        return t.promote(target, t.INT)
    return t.promote(target, value) if t.is_numeric(target) or isinstance(target, t.BoolType) else target


def _py_string(value: str, quote: str) -> str:
    return c_string(value, quote, hex_controls=True)


def _drop_float_cast(expr: ir.Expr) -> ir.Expr:
    if (
        isinstance(expr, ir.Cast)
        and isinstance(expr.type, t.FloatType)
        and isinstance(expr.operand.type, t.IntType)
        # Python's int / int rounds the exact quotient once; C++/Java round a 64-bit operand to
        # double first: the same only for operands of 32 bits (exact in a double)
        and (expr.operand.type.bits or 64) <= 32
        and not rounds(expr)  # an int into float (32-bit) keeps its rounding: f32(float(n))
    ):
        return expr.operand
    return expr


def to_python(
    module: ir.Module, non_negative: Sequence[NonNegative] = (), comments: Comments | None = None
) -> str:
    """Python source for ``module``; ``non_negative``: each function's non-negativity analysis;
    ``comments``: the source's, printed beside the statements they sit next to."""
    backend = PythonBackend(module, non_negative)
    backend.notes = CommentPrinter(comments, "#") if comments is not None else None
    return backend.render_module()


def _null_valued(expr: ir.Expr) -> bool:
    if isinstance(expr, ir.Conditional):
        return _null_valued(expr.then) or _null_valued(expr.otherwise)
    return isinstance(expr, ir.NullLiteral)


def null_stored(function: ir.Function) -> frozenset[str]:
    """The names ``function`` stores ``null`` (or a conditional with a null branch) into."""
    found: set[str] = set()
    for node in ir.walk(function.body):
        if isinstance(node, ir.VarDecl) and node.init is not None and _null_valued(node.init):
            found.add(node.name)
        elif isinstance(node, ir.AssignExpr) and isinstance(node.target, ir.Name) and _null_valued(node.value):
            found.add(node.target.id)
    return frozenset(found)
