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

import keyword
from collections.abc import Iterator, Sequence

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.analysis.names import (
    assigned_names,
    directly_assigned,
    names_used,
)
from transcoder.engines.rules.analysis.nonnegative import NonNegative
from transcoder.engines.rules.cfamily.backend import c_string
from transcoder.engines.rules.effects import SIDE_EFFECTS
from transcoder.engines.rules.printing import Form
from transcoder.engines.rules.python.printing import EXPRESSIONS, STATEMENTS, is_statement, mask
from transcoder.engines.rules.python.runtime import HELPERS
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
# Builtins the printer emits; a variable with one of these names is renamed when the call is used.
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


class PythonBackend:
    """Prints one module; ``imports`` and ``helpers`` collect what the text needs."""

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

    # -- module -----------------------------------------------------------------------------------
    def render_module(self) -> str:
        chunks: list[str] = []
        if self.ir_module.globals:
            self.lines = []
            for decl in self.ir_module.globals:
                self.stmt(decl)
            chunks.append("\n".join(self.lines))
        for function, non_negative in zip(self.ir_module.functions, self.non_negative, strict=True):
            self.nonneg = non_negative
            chunks.append(self.function(function))
        if "java_hash_map" in self.helpers:
            bases = "MutableMapping, MutableSet" if "java_hash_set" in self.helpers else "MutableMapping"
            self.imports.add(f"from collections.abc import {bases}")
        head: list[str] = sorted(self.imports, key=lambda s: (s.startswith("from"), s))
        helpers = [
            HELPERS[name]
            for name in (
                "trunc_div",
                "trunc_mod",
                "compare",
                "round_half_away",
                "java_hash_map",
                "java_hash_set",
            )
            if name in self.helpers
        ]
        if "trunc_mod" in self.helpers and "trunc_div" not in self.helpers:
            helpers.insert(0, HELPERS["trunc_div"])
        parts: list[str] = []
        if head:
            parts.append("\n".join(head))
        parts.extend(helpers)
        parts.extend(chunks)
        return "\n\n\n".join(parts) + "\n"

    def function(self, function: ir.Function) -> str:
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
        clashes = {name for name in local_names if name in self.used_builtins}
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
        self.emit(f"def {function.name}({params}):")
        self.indent += 1
        before = len(self.lines)
        assigned = directly_assigned(function.body)
        changed_globals = sorted(assigned & self.global_names - {p.name for p in function.params})
        if changed_globals:
            self.emit("global " + ", ".join(changed_globals))
        mutated = assigned_names(function.body)
        for param in function.params:
            scalar = isinstance(param.type, t.IntType | t.FloatType | t.BoolType | t.CharType | t.StringType)
            if param.by_reference and scalar and param.name in mutated:
                raise UnsupportedConstruct(
                    f"rules engine: cannot translate to Python: parameter '{param.name}' is a reference the function assigns",
                    param.location,
                )
            if not param.by_reference and isinstance(param.type, t.ListType) and param.name in mutated:
                self.emit(
                    f"{self.name(param.name)} = list({self.name(param.name)})"
                )  # C++ passes vectors by value
        for stmt in function.body.body:
            self.stmt(stmt)
        if len(self.lines) == before:
            self.emit("pass")
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
        method(stmt)

    def unsupported(self, node: ir.Node, what: str) -> UnsupportedConstruct:
        return UnsupportedConstruct(f"rules engine: cannot translate to Python: {what}", node.location)

    def stmt_Block(self, stmt: ir.Block) -> None:
        for inner in stmt.body:
            self.stmt(inner)

    def stmt_VarDecl(self, stmt: ir.VarDecl) -> None:
        if stmt.init is None:
            value = "None" if isinstance(stmt.type, t.PairType) else self.zero(stmt.type)
            self.emit(f"{self.name(stmt.name)} = {value}")
            return
        pre, post, init = _lift_increments(stmt.init)
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
            pre, post, rewritten = _lift_increments(expr)
            for inc in pre:
                self.emit(self.incdec_text(inc))
            assert isinstance(rewritten, ir.LibraryCall)
            self.library_statement(rewritten)
            for inc in post:
                self.emit(self.incdec_text(inc))
            return
        if isinstance(expr, ir.LibraryCall | ir.Call):
            pre, post, rewritten = _lift_increments(expr)
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
        if _has_side_effects(expr):
            raise self.unsupported(expr, "increment or assignment inside an assignment target")
        return self.expr(expr)

    def assignment(self, expr: ir.AssignExpr) -> None:
        targets: list[ir.Expr] = [expr.target]
        value = expr.value
        if expr.op is None:
            while isinstance(value, ir.AssignExpr) and value.op is None:
                targets.append(value.target)
                value = value.value
        pre, post, value = _lift_increments(value)
        index_pre: list[ir.IncDec] = []
        index_post: list[ir.IncDec] = []
        lifted_targets = []
        for target in targets:
            tpre, tpost, new_target = _lift_increments(target)
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
            and not _has_side_effects(lifted_targets[0].index)
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
            after = self.numeric(_plus(target.index, 1), 0)
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
        if _has_side_effects(expr):
            raise self.unsupported(expr, "increment or assignment inside a condition")
        return self.expr(expr)

    def stmt_While(self, stmt: ir.While) -> None:
        pre, post, condition = _lift_increments(stmt.condition)
        if pre or post:
            # `while (k--)`: test, then step, every time round (also on the last, failing test).
            self.emit("while True:")
            self.indent += 1
            for inc in pre:
                self.emit(self.incdec_text(inc))
            if post:
                self.emit(f"keep_going = {self.condition_text(condition)}")
                for inc in post:
                    self.emit(self.incdec_text(inc))
                self.emit("if not keep_going:")
            else:
                self.emit(f"if {self.expr(_negate(condition))}:")
            self.emit("    break")
            self.loop_stack.append([])
            self.stmt(stmt.body)
            self.loop_stack.pop()
            self.indent -= 1
            return
        self.emit(f"while {self.condition_text(stmt.condition)}:")
        self.loop_stack.append([])
        self.block(stmt.body)
        self.loop_stack.pop()

    def stmt_DoWhile(self, stmt: ir.DoWhile) -> None:
        self.emit("while True:")
        check = f"if {self.expr(_negate(stmt.condition))}:"
        self.loop_stack.append([check, "    break"])
        self.indent += 1
        self.stmt(stmt.body)
        self.emit(check)
        self.emit("    break")
        self.indent -= 1
        self.loop_stack.pop()

    def stmt_For(self, stmt: ir.For) -> None:
        header = self.range_header(stmt)
        if header is not None:
            self.emit(header)
            self.loop_stack.append([])
            self.block(stmt.body)
            self.loop_stack.pop()
            return
        for init in stmt.init:
            self.stmt(init)
        condition = self.condition_text(stmt.condition) if stmt.condition is not None else "True"
        self.emit(f"while {condition}:")
        updates: list[str] = []
        saved, saved_indent = self.lines, self.indent
        self.lines, self.indent = [], 0
        for update in stmt.update:
            self.stmt_ExprStmt(ir.ExprStmt(update, location=stmt.location))
        updates = list(self.lines)
        self.lines, self.indent = saved, saved_indent
        self.loop_stack.append(updates)
        self.indent += 1
        before = len(self.lines)
        self.stmt(stmt.body)
        if not _ends_with_jump(stmt.body):
            for line in updates:
                self.emit(line)
        if len(self.lines) == before:
            self.emit("pass")
        self.indent -= 1
        self.loop_stack.pop()

    def range_header(self, stmt: ir.For) -> str | None:
        """``for i in range(...):`` when the loop is a counted loop over an int variable."""
        if len(stmt.init) != 1 or len(stmt.update) != 1 or stmt.condition is None:
            return None
        init = stmt.init[0]
        if isinstance(init, ir.VarDecl) and init.init is not None:
            var, start, var_type = init.name, init.init, init.type
            declared = True
        elif (
            isinstance(init, ir.ExprStmt)
            and isinstance(init.expr, ir.AssignExpr)
            and init.expr.op is None
            and isinstance(init.expr.target, ir.Name)
        ):
            var, start, var_type = init.expr.target.id, init.expr.value, init.expr.target.type
            declared = False
        else:
            return None
        if not isinstance(var_type, t.IntType) or _has_side_effects(start):
            return None
        step = _step(stmt.update[0], var)
        if step is None:
            return None
        condition = stmt.condition
        if not isinstance(condition, ir.Binary) or condition.op not in (B.LT, B.LE, B.GT, B.GE, B.NE):
            return None
        op, left, right = condition.op, condition.left, condition.right
        if (
            isinstance(right, ir.Name)
            and right.id == var
            and not (isinstance(left, ir.Name) and left.id == var)
        ):
            left, right = right, left
            op = {B.LT: B.GT, B.LE: B.GE, B.GT: B.LT, B.GE: B.LE, B.NE: B.NE}[op]
        if not (isinstance(left, ir.Name) and left.id == var):
            return None
        bound = right
        body_assigned = assigned_names(stmt.body)
        if var in directly_assigned(stmt.body) or names_used(bound) & body_assigned or not _pure(bound):
            return None
        if var in names_used(bound):
            return None
        if not declared and self.current is not None and _used_outside(self.name_counts, stmt, var):
            return None
        if op == B.NE:
            if abs(step) != 1:
                return None
            op = B.LT if step > 0 else B.GT
        if (op in (B.LT, B.LE)) != (step > 0):
            return None
        start_text = self.expr(start)
        if isinstance(bound.type, t.FloatType):
            self.imports.add("import math")
            bound_text = f"math.{'floor' if op in (B.LE, B.GE) else 'ceil'}({self.expr(bound)})"
            if op == B.LE:
                bound_text += " + 1"
            elif op == B.GE:
                bound_text += " - 1"
        elif op == B.LE:
            bound_text = self.expr(_plus(bound, 1))
        elif op == B.GE:
            bound_text = self.expr(_plus(bound, -1))
        else:
            bound_text = self.numeric(bound, 0)
        if isinstance(start.type, t.CharType):
            start_text = self.numeric(start, 0)
        loop_var = self.name(var)
        if step == 1:
            args = bound_text if start_text == "0" else f"{start_text}, {bound_text}"
        else:
            args = f"{start_text}, {bound_text}, {step}"
        return f"for {loop_var} in {self.builtin('range')}({args}):"

    def stmt_ForEach(self, stmt: ir.ForEach) -> None:
        # C++ map/set and Java TreeMap/TreeSet iterate in key order; a dict or set does not
        text = self.in_order(stmt.iterable)
        if _sorted_container(_viewed(stmt.iterable)):
            self.check_unchanged_while_sorted(stmt)
        self.emit(f"for {self.name(stmt.name)} in {text}:")
        self.loop_stack.append([])
        self.block(stmt.body)
        self.loop_stack.pop()

    def check_unchanged_while_sorted(self, loop: ir.ForEach) -> None:
        """Refuses a loop over a sorted container that adds or removes its keys: C++ goes on to
        the keys added after the current one, where the sorted copy Python iterates would not.
        Storing into the current key (``m[p.first] = v``) changes no key and is kept."""
        source = _viewed(loop.iterable)
        if not isinstance(source, ir.Name):
            return

        def same(expr: ir.Expr | None) -> bool:
            return isinstance(expr, ir.Name) and expr.id == source.id

        def current_key(expr: ir.Expr | None) -> bool:
            if isinstance(expr, ir.LibraryCall) and expr.op == L.PAIR_FIRST:
                expr = expr.args[0]
            return isinstance(expr, ir.Name) and expr.id == loop.name

        for node in ir.walk(loop.body):
            if isinstance(node, ir.LibraryCall) and node.args and same(node.args[0]):
                changes = node.op in (L.SET_ADD, L.SET_REMOVE, L.MAP_REMOVE, L.CLEAR, L.MAP_MERGE) or (
                    node.op == L.MAP_PUT and not current_key(node.args[1])
                )
            else:
                changes = (
                    isinstance(node, ir.Index)
                    and same(node.base)
                    and isinstance(node.base.type, t.MapType)
                    and not current_key(node.index)
                )
            if changes:
                raise self.unsupported(node, "a sorted set or map changed while a loop goes through it")

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
        pre, _, value = _lift_increments(stmt.value)  # increments after a return are dead
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
            elif index != len(cases) - 1 and not (body and _ends_with_jump(ir.Block(tuple(body)))):
                raise self.unsupported(case, "switch case that falls through to the next one")
            if any(isinstance(n, ir.Break) for s in body for n in _walk_no_loops(s)):
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
        if any(names_used(position) & changed or _has_side_effects(position) for position in positions):
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
                left_key = _substitute(left, {a: "x"})
                if left_key != _substitute(right, {b: "x"}):
                    continue
                keywords = []
                if not (isinstance(left_key, ir.Name) and left_key.id == "x"):
                    keywords.append(f"key=lambda x: {self.expr(left_key)}")
                if (body.op == B.GT) != flipped:
                    keywords.append("reverse=True")
                return keywords
        self.imports.add("from functools import cmp_to_key")
        if isinstance(body, ir.Block):
            raise self.unsupported(comparator, "comparator with statements")
        before = self.expr(body)
        after = self.expr(_substitute(body, {a: b, b: a}))
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
        return method(expr)

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
                return self.render(_negate(inner))
            if isinstance(inner, ir.LibraryCall) and inner.op == L.CONTAINS:
                return self.contains(inner, negated=True)
            if isinstance(inner, ir.LibraryCall) and inner.op == L.EMPTY:
                return (f"{self.builtin('len')}({self.expr(inner.args[0])}) > 0", 5)
            return (f"not {self.expr(inner, 4)}", 4)
        operand = self.numeric(expr.operand, 12)
        if expr.op == ir.UnaryOp.NEG:
            text = f"-{operand}"
            if _is_unsigned(expr.type):
                return (f"{text} & {mask(expr.type)}", 8)
            return (text, 12)
        if expr.op == ir.UnaryOp.POS:
            return (operand, 12) if not isinstance(expr.operand.type, t.CharType) else (operand, ATOM)
        if _is_unsigned(expr.type):
            return (f"~{operand} & {mask(expr.type)}", 8)
        return (f"~{operand}", 12)

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
            return (f"math.fmod({self.expr(left)}, {self.expr(right)})", ATOM)
        if op == B.USHR:
            bits = expr.type.bits if isinstance(expr.type, t.IntType) and expr.type.bits else 32
            masked = f"{self.numeric(left, 8)} & {mask(t.IntType(bits, False))}"
            if _is_unsigned(left.type):
                return (f"{self.numeric(left, 9)} >> {self.numeric(right, 10)}", 9)
            return (f"({masked}) >> {self.numeric(right, 10)}", 9)
        if op == B.DIV:
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
        if isinstance(expr.type, t.StringType | t.CharType | t.StringBuilderType):
            return self.expr(expr, min_prec)
        if isinstance(expr.type, t.BoolType):
            return f"{self.builtin('str')}({self.expr(expr)}).lower()"
        return f"{self.builtin('str')}({self.expr(expr)})"

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
        ):
            if isinstance(right, ir.NullLiteral) or isinstance(left, ir.NullLiteral):
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
        if _has_side_effects(expr.index):
            raise self.unsupported(expr, "increment inside an index")
        index = self.numeric(expr.index, 0)
        return (f"{base}[{index}]", ATOM)

    def expr_Call(self, expr: ir.Call) -> tuple[str, int]:
        args = ", ".join(self.expr(a) for a in expr.args)
        return (f"{expr.function}({args})", ATOM)

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

    def expr_NewContainer(self, expr: ir.NewContainer) -> tuple[str, int]:
        type_ = expr.type
        if isinstance(type_, t.ListType):
            if expr.source is not None:
                return (self.listed(expr.source), ATOM)
            if expr.size is None:
                return ("[]", ATOM)
            fill = expr.fill
            if fill is not None and isinstance(fill.type, t.ListType | t.ArrayType):
                return (f"[{self.expr(fill)} for _ in {self.builtin('range')}({self.expr(expr.size)})]", ATOM)
            fill_text = self.expr(fill) if fill is not None else self.zero(type_.element)
            return (f"[{fill_text}] * {self.expr(expr.size, 12)}", 11)
        if isinstance(type_, t.MapType | t.SetType) and type_.order is t.Order.JAVA_HASH:
            return self.java_hash_container(expr)
        if isinstance(type_, t.SetType) and type_.order is t.Order.INSERTION:
            # Java's LinkedHashSet: a dict of its elements keeps their insertion order, as a set does not
            if expr.source is None:
                return ("{}", ATOM)
            return (f"{self.builtin('dict')}.fromkeys({self.in_order(expr.source)})", ATOM)
        if isinstance(type_, t.MapType):
            copied = (
                self.expr(expr.source)
                if isinstance(expr.source, ir.Expr) and isinstance(expr.source.type, t.MapType)
                else None
            )
            if expr.source is not None and copied is None:
                raise self.unsupported(expr, "map initialised from something other than a map")
            if self.uses_default(type_):
                self.imports.add("from collections import defaultdict")
                return (f"defaultdict({self.factory(type_.value)}{', ' + copied if copied else ''})", ATOM)
            return (f"{self.builtin('dict')}({copied})" if copied else "{}", ATOM)
        if isinstance(type_, t.SetType):
            if expr.source is not None:
                source = expr.source
                if isinstance(source, ir.ArrayLiteral) and source.elements:
                    return ("{" + ", ".join(self.expr(e) for e in source.elements) + "}", ATOM)
                if isinstance(source.type, t.SetType):  # a copy: its order is the type's, not the source's
                    return (f"{self.builtin('set')}({self.expr(source)})", ATOM)
                return (f"{self.builtin('set')}({self.in_order(source)})", ATOM)
            return (f"{self.builtin('set')}()", ATOM)
        if isinstance(type_, t.StackType | t.PriorityQueueType):
            if expr.source is not None:
                raise self.unsupported(expr, "container initialised from another")
            return ("[]", ATOM)
        if isinstance(type_, t.QueueType | t.DequeType):
            self.imports.add("from collections import deque")
            source = self.in_order(expr.source) if expr.source is not None else ""
            return (f"deque({source})", ATOM)
        raise self.unsupported(expr, f"container {type_}")

    def in_order(self, iterable: ir.Expr) -> str:
        """``iterable`` (a container, or a map's keys/values/items) as text that iterates it in the
        source's order: a sorted container (C++ ``set``/``map``, Java ``TreeSet``/``TreeMap``) is
        sorted where it is read, since a Python set or dict is not; a map gives its (key, value)
        pairs, as a C++ map does."""
        view = iterable.op if isinstance(iterable, ir.LibraryCall) and iterable.op in ir.MAP_VIEWS else None
        source = _viewed(iterable)
        type_ = source.type
        if not _sorted_container(source):
            if view is None and isinstance(type_, t.MapType):
                return f"{self.expr(source, ATOM)}.items()"
            return self.expr(iterable)
        container = self.expr(source, ATOM)
        if isinstance(type_, t.SetType) or view == L.MAP_KEYS:
            return f"{self.builtin('sorted')}({self.expr(source)})"
        if view == L.MAP_VALUES:
            return f"[value for _, value in {self.builtin('sorted')}({container}.items())]"
        return f"{self.builtin('sorted')}({container}.items())"

    def listed(self, iterable: ir.Expr) -> str:
        """A new list of ``iterable``'s elements in the source's order (see ``in_order``)."""
        text = self.in_order(iterable)
        # a sorted container's order is already a new list (`sorted(...)`, `[value for ...]`)
        return text if _sorted_container(_viewed(iterable)) else f"{self.builtin('list')}({text})"

    def java_hash_container(self, expr: ir.NewContainer) -> tuple[str, int]:
        """A Java HashSet/HashMap whose iteration order the program observes (helper classes)."""
        type_ = expr.type
        assert isinstance(type_, t.MapType | t.SetType)
        self.helpers.add("java_hash_map")
        arguments = []
        if isinstance(type_, t.SetType):
            self.helpers.add("java_hash_set")
            if expr.source is not None:
                if isinstance(expr.source, ir.ArrayLiteral):
                    raise self.unsupported(expr, "a HashSet of listed values iterated in Java's order")
                arguments.append(self.in_order(expr.source))
        if expr.capacity is not None:
            arguments.append(f"capacity={self.expr(expr.capacity)}")
        key = type_.key if isinstance(type_, t.MapType) else type_.element
        if isinstance(key, t.IntType) and key.bits == 64:
            arguments.append("long_keys=True")
        if isinstance(type_, t.MapType) and self.uses_default(type_):
            arguments.append(f"default={self.factory(type_.value)}")
        name = "JavaHashMap" if isinstance(type_, t.MapType) else "JavaHashSet"
        return (f"{name}({', '.join(arguments)})", ATOM)

    def uses_default(self, type_: t.MapType) -> bool:
        """True when the module reads C++ ``map[key]`` (which inserts a default) on maps of this type."""
        if self.indexed_maps is None:
            self.indexed_maps = {
                node.base.type
                for function in self.ir_module.functions
                for node in ir.walk(function)
                if isinstance(node, ir.Index) and isinstance(node.base.type, t.MapType)
            }
        return type_ in self.indexed_maps

    def factory(self, type_: t.Type) -> str:
        if isinstance(type_, t.IntType | t.CharType):
            return "int"
        if isinstance(type_, t.FloatType):
            return "float"
        if isinstance(type_, t.BoolType):
            return "bool"
        if isinstance(type_, t.StringType):
            return "str"
        if isinstance(type_, t.ListType):
            return "list"
        raise UnsupportedConstruct(f"rules engine: cannot translate to Python: map with {type_} values")

    def expr_AssignExpr(self, expr: ir.AssignExpr) -> tuple[str, int]:
        raise self.unsupported(expr, "assignment inside an expression")

    def expr_IncDec(self, expr: ir.IncDec) -> tuple[str, int]:
        raise self.unsupported(expr, "increment or decrement inside an expression")

    def contains(self, call: ir.LibraryCall, negated: bool = False) -> tuple[str, int]:
        container, value = call.args
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
    ):
        return expr.operand
    return expr


def _negate(expr: ir.Expr) -> ir.Expr:
    """The logical negation of a condition, flipping comparisons instead of adding ``not``."""
    flips = {B.EQ: B.NE, B.NE: B.EQ, B.LT: B.GE, B.GE: B.LT, B.GT: B.LE, B.LE: B.GT}
    if isinstance(expr, ir.Binary) and expr.op in flips and not isinstance(expr.left.type, t.FloatType):
        return ir.Binary(flips[expr.op], expr.left, expr.right, type=t.BOOL, location=expr.location)
    if isinstance(expr, ir.Unary) and expr.op == ir.UnaryOp.NOT:
        return expr.operand
    return ir.Unary(ir.UnaryOp.NOT, expr, type=t.BOOL, location=expr.location)


def _plus(expr: ir.Expr, amount: int) -> ir.Expr:
    if isinstance(expr, ir.IntLiteral):
        return ir.IntLiteral(expr.value + amount, type=expr.type)
    if isinstance(expr, ir.Binary) and expr.op in (B.ADD, B.SUB) and isinstance(expr.right, ir.IntLiteral):
        value = expr.right.value * (1 if expr.op == B.ADD else -1) + amount
        if value == 0:
            return expr.left
        op = B.ADD if value > 0 else B.SUB
        return ir.Binary(op, expr.left, ir.IntLiteral(abs(value), type=expr.right.type), type=expr.type)
    op = B.ADD if amount > 0 else B.SUB
    return ir.Binary(op, expr, ir.IntLiteral(abs(amount), type=t.INT), type=t.promote(expr.type, t.INT))


def _step(update: ir.Expr, var: str) -> int | None:
    if isinstance(update, ir.IncDec) and isinstance(update.target, ir.Name) and update.target.id == var:
        return update.delta
    if (
        isinstance(update, ir.AssignExpr)
        and isinstance(update.target, ir.Name)
        and update.target.id == var
        and update.op in (B.ADD, B.SUB)
        and isinstance(update.value, ir.IntLiteral)
        and update.value.value != 0
    ):
        return update.value.value if update.op == B.ADD else -update.value.value
    return None


def _pure(expr: ir.Expr) -> bool:
    """Whether evaluating ``expr`` changes nothing (so a loop bound may be evaluated once)."""
    for node in ir.walk(expr):
        if isinstance(node, ir.Call | ir.AssignExpr | ir.IncDec):
            return False
        if isinstance(node, ir.LibraryCall) and node.op in SIDE_EFFECTS:
            return False
    return True


def _has_side_effects(expr: ir.Expr) -> bool:
    return any(isinstance(node, ir.AssignExpr | ir.IncDec) for node in ir.walk(expr))


def _used_outside(name_counts: dict[str, int], loop: ir.For, var: str) -> bool:
    inside = sum(1 for n in ir.walk(loop) if isinstance(n, ir.Name) and n.id == var)
    return name_counts.get(var, 0) != inside


def _ends_with_jump(stmt: ir.Stmt) -> bool:
    while isinstance(stmt, ir.Block) and stmt.body:
        stmt = stmt.body[-1]
    if isinstance(stmt, ir.If):
        return stmt.otherwise is not None and _ends_with_jump(stmt.then) and _ends_with_jump(stmt.otherwise)
    return isinstance(stmt, ir.Return | ir.Break | ir.Continue)


def _walk_no_loops(node: ir.Node) -> Iterator[ir.Node]:
    yield node
    if isinstance(node, ir.While | ir.For | ir.DoWhile | ir.ForEach | ir.Switch):
        return
    for child in ir.children(node):
        yield from _walk_no_loops(child)


def _substitute(expr: ir.Expr, mapping: dict[str, str]) -> ir.Expr:
    """``expr`` with names renamed by ``mapping`` (comparator parameters)."""
    import dataclasses

    if isinstance(expr, ir.Name):
        return dataclasses.replace(expr, id=mapping[expr.id]) if expr.id in mapping else expr
    changes = {}
    for field in dataclasses.fields(expr):
        if field.name in ("location", "type"):
            continue
        value = getattr(expr, field.name)
        if isinstance(value, ir.Expr):
            changes[field.name] = _substitute(value, mapping)
        elif isinstance(value, tuple) and value and all(isinstance(v, ir.Expr) or v is None for v in value):
            changes[field.name] = tuple(_substitute(v, mapping) if v is not None else None for v in value)
    return dataclasses.replace(expr, **changes) if changes else expr


def _lift_increments(expr: ir.Expr) -> tuple[list[ir.IncDec], list[ir.IncDec], ir.Expr]:
    """Pull ``x++``/``++x`` on plain names out of an expression evaluated unconditionally.

    Returns the increments to run before, those to run after, and the expression with each
    replaced by the variable. Only done when the variable occurs once in the expression and no
    increment sits under a short-circuit or conditional operator; otherwise nothing is lifted.
    """
    import dataclasses

    incs = [n for n in ir.walk(expr) if isinstance(n, ir.IncDec)]
    if not incs:
        return [], [], expr
    for inc in incs:
        if not isinstance(inc.target, ir.Name):
            return [], [], expr
        count = sum(1 for n in ir.walk(expr) if isinstance(n, ir.Name) and n.id == inc.target.id)
        if count != 1:
            return [], [], expr
    for node in ir.walk(expr):
        conditional = isinstance(node, ir.Conditional) or (
            isinstance(node, ir.Binary) and node.op in (B.AND, B.OR)
        )
        if conditional and any(isinstance(n, ir.IncDec) for n in ir.walk(node)):
            return [], [], expr
    pre = [i for i in incs if i.prefix]
    post = [i for i in incs if not i.prefix]

    def replace(node: ir.Expr) -> ir.Expr:
        if isinstance(node, ir.IncDec):
            return node.target
        changes = {}
        for field in dataclasses.fields(node):
            if field.name in ("location", "type"):
                continue
            value = getattr(node, field.name)
            if isinstance(value, ir.Expr):
                changes[field.name] = replace(value)
            elif (
                isinstance(value, tuple) and value and all(isinstance(v, ir.Expr) or v is None for v in value)
            ):
                changes[field.name] = tuple(replace(v) if v is not None else None for v in value)
        return dataclasses.replace(node, **changes) if changes else node

    return pre, post, replace(expr)


def to_python(module: ir.Module, non_negative: Sequence[NonNegative] = ()) -> str:
    """Python source for ``module``; ``non_negative``: each function's non-negativity analysis."""
    return PythonBackend(module, non_negative).render_module()


def _viewed(iterable: ir.Expr) -> ir.Expr:
    """The container that ``iterable`` goes through: itself, or the map of a keys/values/items view."""
    if isinstance(iterable, ir.LibraryCall) and iterable.op in ir.MAP_VIEWS:
        source = iterable.args[0]
        assert source is not None
        return source
    return iterable


def _sorted_container(expr: ir.Expr) -> bool:
    """A C++ set/map or Java TreeSet/TreeMap: Python iterates it through ``sorted``."""
    return isinstance(expr.type, t.SetType | t.MapType) and expr.type.sorted
