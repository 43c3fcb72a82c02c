"""Java back end: prints an ``ir.Module`` as static methods (and ``static final`` fields).

A single function prints as a bare ``static`` method, so a caller can drop it into its class;
several functions and globals print in source order. Containers use the interfaces on the left
(``List<Integer> v = new ArrayList<>()``), arrays stay arrays, ``map[key]++`` becomes
``merge(key, 1, Integer::sum)``. Unsigned C++ integers map to Java's signed types with ``>>>``
for right shifts (exact while values stay below 2**31; see docs/rules.md).
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.analysis.names import assigned_names
from transcoder.engines.rules.cfamily.backend import ATOM, POSTFIX, PREC, UNARY, CFamilyBackend, _widening
from transcoder.engines.rules.cfamily.operands import check_operands
from transcoder.engines.rules.classes import is_method
from transcoder.engines.rules.comments import CommentPrinter, Comments
from transcoder.engines.rules.irtools import plus, renamed
from transcoder.engines.rules.java import bigint
from transcoder.engines.rules.java.classes import ClassPrinting
from transcoder.engines.rules.java.legalize import pairs_retyped
from transcoder.engines.rules.java.printing import (
    EXPRESSIONS,
    STATEMENTS,
    bool_to_int,
    numeric_compound,
    reverse_array,
    scalar,
    without_effect,
)
from transcoder.engines.rules.java.program import entry_header
from transcoder.engines.rules.java.records import holds_array, record_name, record_texts, tuple_comparison
from transcoder.engines.rules.java.runtime import HELPERS
from transcoder.engines.rules.printing import Form

if TYPE_CHECKING:
    from transcoder.engines.rules.interface import Declaration

L = ir.LibOp
B = ir.BinaryOp
# values Java's `<` does not take (strings compare with compareTo, tuples in records.py)
_UNORDERED = (t.ArrayType, t.ListType, t.SetType, t.MapType, t.PairType, t.StackType, t.QueueType, t.DequeType)

_BOXED = {
    "int": "Integer",
    "long": "Long",
    "char": "Character",
    "boolean": "Boolean",
    "double": "Double",
    "float": "Float",
    "short": "Short",
    "byte": "Byte",
}
_JAVA_KEYWORDS = frozenset(
    [
        "int",  # Java keywords and literals a Python or C++ name may be spelled as (Python's `int`,
        "do",  # `_`, `null`, C++'s `sealed`)
        "switch",
        "true",
        "false",
        "null",
        "_",
        "sealed",
        "permits",
        "abstract",
        "assert",
        "boolean",
        "byte",
        "case",
        "catch",
        "char",
        "class",
        "const",
        "default",
        "double",
        "enum",
        "extends",
        "final",
        "finally",
        "float",
        "goto",
        "implements",
        "import",
        "instanceof",
        "interface",
        "long",
        "native",
        "new",
        "package",
        "private",
        "protected",
        "public",
        "short",
        "static",
        "strictfp",
        "super",
        "synchronized",
        "this",
        "throw",
        "throws",
        "transient",
        "try",
        "void",
        "volatile",
        "var",
        "record",
        "yield",
    ]
)

# The Java set or map class that iterates in each order (C++ set/map: TreeSet/TreeMap).
_KIND = {
    t.Order.SORTED: "Tree",
    t.Order.INSERTION: "LinkedHash",
    t.Order.JAVA_HASH: "Hash",
    t.Order.UNSPECIFIED: "Hash",
}


def _natural_order(type_: t.Type) -> bool:
    """Java's ``compareTo`` orders these as C++'s ``<`` does (strings: for ASCII text)."""
    return isinstance(type_, t.IntType | t.CharType | t.FloatType | t.BoolType | t.StringType)


class JavaBackend(ClassPrinting, CFamilyBackend):
    target_name = "Java"

    def __init__(self, module: ir.Module) -> None:
        super().__init__(module)
        self.records: dict[t.TupleType, str] = {}  # tuple types -> the records declared for them (records.py)

    def reserved(self) -> frozenset[str]:
        return _JAVA_KEYWORDS

    def shadowing_forbidden(self) -> bool:
        return True

    def global_modifiers(self, decl: ir.VarDecl) -> str:
        return "static final " if decl.constant else "static "

    def render_module(self) -> str:
        chunks = self.global_declarations()
        globals_text = "\n".join(chunks)
        functions = []
        for function in self.ir_module.functions:
            if is_method(function.name):
                continue  # printed in its class (classes.py)
            declaration = self.declaration(function)
            result = declaration.result.java() if declaration is not None else None
            self.boxed = declaration.boxed if declaration is not None else frozenset()
            header = f"static {result or self.type_name(function.return_type)} {function.name}({{params}})"
            header = generic_header(function, header)
            functions.append(self.function_text(function, entry_header(self.ir_module, function) or header))
        functions += self.class_texts()
        functions += record_texts(self)
        helpers = sorted(self.imports - {i for i in self.imports if i.startswith("import")})
        parts = ([globals_text] if globals_text else []) + functions + [HELPERS[h] for h in helpers]
        return "\n\n".join(parts) + "\n"

    # -- types ---------------------------------------------------------------------------------------
    def zero(self, type_: t.Type) -> str:
        if isinstance(type_, t.FloatType) and type_.bits == 32:
            return "0.0f"  # Java has no implicit double -> float narrowing
        return super().zero(type_)

    def type_name(self, type_: t.Type, boxed: bool = False) -> str:
        name = self._type_name(type_)
        return _BOXED.get(name, name) if boxed else name

    def _type_name(self, type_: t.Type) -> str:
        if type_ == t.BIGINT:
            return "BigInteger"  # a Python integer 64 bits may not hold (bigint.py)
        if isinstance(type_, t.IntType):
            return _java_integer(type_)
        if isinstance(type_, t.BoolType):
            return "boolean"
        if isinstance(type_, t.CharType):
            return "char"
        if isinstance(type_, t.FloatType):
            return "float" if type_.bits == 32 else "double"
        if isinstance(type_, t.StringType):
            return "String"
        if isinstance(type_, t.StringBuilderType):
            return "StringBuilder"
        if isinstance(type_, t.VoidType):
            return "void"
        if isinstance(type_, t.ArrayType):
            return self.type_name(type_.element) + "[]"
        if isinstance(type_, t.ListType):
            return f"List<{self.type_name(type_.element, True)}>"
        if isinstance(type_, t.MapType):
            return f"Map<{self.type_name(type_.key, True)}, {self.type_name(type_.value, True)}>"
        if isinstance(type_, t.SetType):
            return f"Set<{self.type_name(type_.element, True)}>"
        if isinstance(type_, t.StackType | t.DequeType):
            return f"Deque<{self.type_name(type_.element, True)}>"
        if isinstance(type_, t.QueueType):
            return f"Queue<{self.type_name(type_.element, True)}>"
        if isinstance(type_, t.PriorityQueueType):
            return f"PriorityQueue<{self.type_name(type_.element, True)}>"
        if isinstance(type_, t.ClassType | t.TypeVarType):
            return type_.name
        if isinstance(type_, t.PairType):
            return f"AbstractMap.SimpleEntry<{self.type_name(type_.first, True)}, {self.type_name(type_.second, True)}>"
        if isinstance(type_, t.TupleType):
            return record_name(self, type_)
        if isinstance(type_, t.OptionalType):  # a Python value that may be None: boxed, or the reference
            return self.type_name(type_.value, True)
        raise UnsupportedType(type_)

    def param(self, param: ir.Param) -> str:
        if param.by_reference and isinstance(
            param.type, t.IntType | t.FloatType | t.BoolType | t.CharType | t.StringType | t.TypeVarType
        ):
            assert self.current is not None
            if param.name in assigned_names(self.current.body):
                raise self.unsupported(param, f"parameter '{param.name}' is a reference the function assigns")
        pinned = self.pinned_param(param)
        spelled = pinned.type.java() if pinned is not None and pinned.type.type == param.type else None
        return f"{spelled or self.type_name(param.type)} {self.name(param.name)}"

    # -- pinned boxed types (``Integer[] X``, ``Long n``, a ``Boolean`` result) -------------------
    boxed: frozenset[str] = frozenset()  # parameters of the current function held as objects

    def is_boxed(self, expr: ir.Expr) -> bool:
        """Whether ``expr`` prints as an object: a collection's element or a boxed parameter's value."""
        if isinstance(expr, ir.Index) and isinstance(expr.base, ir.Name) and expr.base.id in self.boxed:
            return _array_depth(expr.base.type) == 1
        if isinstance(expr, ir.Name) and expr.id in self.boxed:
            return not isinstance(expr.type, t.ArrayType)
        if isinstance(expr, ir.Call) and t.type_variables(expr.type) == ():
            # a generic method's T result is an object (an Integer): == of two compares identity
            called = next((f for f in self.ir_module.functions if f.name == expr.function), None)
            return called is not None and isinstance(called.return_type, t.TypeVarType)
        return _boxed(expr)

    def boxed_array(self, expr: ir.Expr | None) -> bool:
        return isinstance(expr, ir.Name) and expr.id in self.boxed and isinstance(expr.type, t.ArrayType)

    def stmt_Return(self, stmt: ir.Return) -> None:
        declaration = self.declaration(self.current) if self.current is not None else None
        if stmt.value is None or declaration is None or not declaration.result.boxed:
            return super().stmt_Return(stmt)
        # A boxed result takes only its own primitive type (`return 1;` does not make a Long).
        assert self.current is not None
        value = stmt.value
        if isinstance(value, ir.Cast) and value.type == self.current.return_type:
            value = value.operand
        if value.type != self.current.return_type:
            value = ir.Cast(value, type=self.current.return_type)
        self.emit(f"return {self.expr(value)};")

    def prologue(self, function: ir.Function) -> None:
        bigint.check(self, function)
        mutated = assigned_names(function.body)
        for param in function.params:
            if (
                not param.by_reference
                and isinstance(param.type, t.ListType | t.MapType | t.SetType)
                and param.name in mutated
            ):
                copy = {t.ListType: "ArrayList", t.MapType: "HashMap", t.SetType: "HashSet"}[type(param.type)]
                name = self.name(param.name)
                self.emit(f"{name} = new {copy}<>({name});  // C++ passed it by value")

    def missing_return(self, function: ir.Function) -> None:
        declaration = self.declaration(function)
        if (
            declaration is not None
            and declaration.result.boxed
            and isinstance(function.return_type, t.IntType)
        ):
            self.stmt_Return(ir.Return(ir.IntLiteral(0, type=function.return_type)))  # `0L` for a Long
            return
        self.emit(f"return {self.zero(function.return_type)};")

    # -- statements ---------------------------------------------------------------------------------
    def stmt_VarDecl(self, stmt: ir.VarDecl) -> None:
        if self.function_value_declaration(stmt):  # a lambda in a variable (cfamily/functions.py)
            return
        type_text = self.type_name(stmt.type)
        init = stmt.init
        if isinstance(init, ir.NewArray) and init.fill is not None and len(init.dims) in (1, 2):
            # `new int[n][m]` then Arrays.fill of each row: Java arrays start zeroed
            name = self.declare(stmt.name)
            bare = dataclasses.replace(init, fill=None)
            self.emit(f"{type_text} {name} = {self.expr(bare)};")
            value = self.expr(self.top_value(init.fill, scalar(stmt.type)))
            if len(init.dims) == 1:
                self.emit(f"Arrays.fill({name}, {value});")
            else:
                row = self.temp("row")
                self.emit(f"for ({self.type_name(t.element_type(stmt.type))} {row} : {name}) {{")
                self.emit(f"    Arrays.fill({row}, {value});")
                self.emit("}")
            return
        if stmt.init is None:
            value = self.zero(stmt.type) if not isinstance(stmt.type, t.PairType) else "null"
        else:
            value = self.expr(self.top_value(stmt.init, stmt.type))
        name = self.declare(stmt.name)
        prefix = "final " if stmt.constant else ""
        self.emit(f"{prefix}{type_text} {name} = {value};")

    def foreach_type(self, stmt: ir.ForEach) -> str:
        if isinstance(stmt.iterable.type, t.MapType):
            map_type = stmt.iterable.type
            return f"Map.Entry<{self.type_name(map_type.key, True)}, {self.type_name(map_type.value, True)}>"
        return self.type_name(stmt.var_type)

    def iterable(self, expr: ir.Expr) -> str:
        if isinstance(expr.type, t.MapType):
            return f"{self.expr(expr, POSTFIX)}.entrySet()"
        if isinstance(expr.type, t.StringType):
            return f"{self.expr(expr, POSTFIX)}.toCharArray()"
        return self.expr(expr)

    def incdec_statement(self, expr: ir.IncDec) -> bool:
        target = expr.target
        if isinstance(target, ir.Index) and isinstance(target.base.type, t.MapType):
            map_type = target.base.type  # a Map<K, Double> merges 1.0, not the int 1
            key = self.expr(target.index)
            one: ir.Expr = ir.IntLiteral(expr.delta, type=map_type.value)
            if isinstance(map_type.value, t.FloatType):
                one = ir.FloatLiteral(float(expr.delta), f"{expr.delta}.0", type=map_type.value)
            delta = self.expr(one)
            self.emit(f"{self.expr(target.base, POSTFIX)}.merge({key}, {delta}, {self.sum_ref(map_type.value)});")
            return True
        if isinstance(target, ir.Index) and isinstance(target.base.type, t.ListType):
            base = self.expr(target.base, POSTFIX)
            index = self.expr(target.index)
            self.emit(f"{base}.set({index}, {base}.get({index}) {'+' if expr.delta > 0 else '-'} 1);")
            return True
        return False

    def sum_ref(self, type_: t.Type) -> str:
        return f"{self.type_name(type_, True)}::sum"

    def expr_AssignExpr(self, expr: ir.AssignExpr) -> tuple[str, int]:
        self.require_variable(expr)
        return super().expr_AssignExpr(numeric_compound(expr))

    def expr_IncDec(self, expr: ir.IncDec) -> tuple[str, int]:
        self.require_variable(expr)
        return super().expr_IncDec(expr)

    def require_variable(self, expr: ir.AssignExpr | ir.IncDec) -> None:
        """An assignment or increment used as a value (or left to the generic printer) changes a
        variable or an array element in Java: a pair's part, a map's or a list's element is
        changed by a call (``setValue``, ``merge``, ``set``), which the statement forms print."""
        target = expr.target
        if isinstance(target, ir.LibraryCall):
            raise self.unsupported(expr, "assignment to a pair component")
        if isinstance(target, ir.Index) and isinstance(target.base.type, t.MapType | t.ListType | t.StringType):
            raise self.unsupported(expr, f"assignment inside an expression to an element of a {target.base.type}")

    def assignment_statement(self, expr: ir.AssignExpr) -> bool:
        expr = numeric_compound(expr)
        target = expr.target
        if (
            expr.op is None
            and isinstance(target, ir.Index)
            and self.boxed_array(target.base)
            and expr.value.type != target.type
            and t.is_numeric(expr.value.type)
        ):
            # A boxed element takes only its own primitive type (`X[i] = 0` is no Long).
            self.emit(f"{self.expr(target, POSTFIX)} = {self.expr(ir.Cast(expr.value, type=target.type))};")
            return True
        if isinstance(target, ir.Index) and isinstance(target.base.type, t.MapType):
            base = self.expr(target.base, POSTFIX)
            key = self.expr(self.boxed_as(target.index, target.base.type.key))
            if expr.op is None:
                self.emit(f"{base}.put({key}, {self.expr(self.boxed_as(expr.value, target.type))});")
            elif expr.op == B.ADD:
                self.emit(
                    f"{base}.merge({key}, {self.expr(_as_float(expr.value, target.type))}, {self.sum_ref(target.base.type.value)});"
                )
            else:
                combined = ir.Binary(expr.op, target, expr.value, type=target.type)
                self.emit(f"{base}.put({key}, {self.expr(combined)});")
            return True
        if isinstance(target, ir.Index) and isinstance(target.base.type, t.ListType):
            base = self.expr(target.base, POSTFIX)
            index = self.expr(target.index)
            value = (
                expr.value if expr.op is None else ir.Binary(expr.op, target, expr.value, type=target.type)
            )
            self.emit(
                f"{base}.set({index}, {self.expr(self.top_value(self.cast_to(value, target.type), target.type))});"
            )
            return True
        if (
            isinstance(target, ir.Index)
            and isinstance(target.base.type, t.StringType)
            and isinstance(target.base, ir.Name)
        ):
            # Java strings are immutable: rebuild the string around the changed character.
            value = (
                expr.value
                if expr.op is None
                else ir.Cast(ir.Binary(expr.op, target, expr.value, type=t.INT), type=t.CHAR)
            )
            name = self.expr(target.base)
            index = self.expr(target.index)
            after = self.expr(plus(target.index, 1))
            prefix = "" if index == "0" else f"{name}.substring(0, {index}) + "
            char = self.expr(value, 12)
            if not prefix:
                char = f"String.valueOf({self.expr(value)})"
            self.emit(f"{name} = {prefix}{char} + {name}.substring({after});")
            return True
        if isinstance(target, ir.Index) and isinstance(target.base.type, t.StringType):
            raise self.unsupported(expr, "assignment to a character of a string (Java strings are immutable)")
        if isinstance(target, ir.LibraryCall):
            raise self.unsupported(expr, "assignment to a pair component")
        if expr.op is None and isinstance(expr.value, ir.AssignExpr):
            return False
        if expr.op is None:
            self.emit(
                f"{self.expr(target, POSTFIX)} = {self.expr(self.top_value(self.cast_to(expr.value, target.type), target.type))};"
            )
            return True
        return False

    def top_value(self, expr: ir.Expr | None, target: t.Type) -> ir.Expr:
        if isinstance(expr, ir.Cast) and unsigned_long(expr.operand.type) and isinstance(target, t.FloatType):
            return expr  # Java would convert the long holding the bits as signed
        return super().top_value(expr, target)

    def cast_to(self, value: ir.Expr, target: t.Type) -> ir.Expr:
        if (
            value.type != target
            and t.is_numeric(value.type)
            and t.is_numeric(target)
            and not _widening(value.type, target)
        ):
            return ir.Cast(value, type=target)
        return value

    def library_statement(self, call: ir.LibraryCall) -> bool:
        row = STATEMENTS.get(call.op)
        if row is None:
            return False
        row(self, call)
        return True

    def sort(self, call: ir.LibraryCall) -> None:
        seq, begin, end = call.args[0], call.args[1], call.args[2]
        comparator = call.args[3] if call.op == L.SORT else None
        assert seq is not None
        descending = call.op == L.SORT_DESC
        if (
            isinstance(comparator, ir.Lambda)
            and isinstance(comparator.body, ir.Binary)
            and len(comparator.params) == 2
        ):
            a, b = comparator.params[0].name, comparator.params[1].name
            body = comparator.body
            if (
                isinstance(body.left, ir.Name)
                and isinstance(body.right, ir.Name)
                and body.op in (B.LT, B.GT)
                and (body.left.id, body.right.id) in ((a, b), (b, a))
            ):
                ascending = (body.op == B.LT) == (body.left.id == a)
                descending, comparator = not ascending, None
        if isinstance(seq.type, t.ArrayType):
            arr = self.expr(seq)
            if (
                comparator is not None
                and not isinstance(t.element_type(seq.type), t.ArrayType | t.StringType | t.PairType)
                and not self.boxed_array(seq)
            ):
                raise self.unsupported(call, "sorting a primitive array with a comparator")
            range_text = ""
            if begin is not None or end is not None:
                range_text = f", {self.expr(begin) if begin is not None else '0'}, {self.expr(end) if end is not None else arr + '.length'}"
            cmp_text = f", {self.comparator(comparator)}" if comparator is not None else ""
            self.emit(f"Arrays.sort({arr}{range_text}{cmp_text});")
            if descending:
                reverse_array(self, seq, begin, end)
            return
        if isinstance(seq.type, t.ListType):
            if begin is not None or end is not None:
                raise self.unsupported(call, "sorting part of a list")
            if comparator is not None:
                self.emit(f"{self.expr(seq, POSTFIX)}.sort({self.comparator(comparator)});")
            elif descending:
                self.emit(f"{self.expr(seq, POSTFIX)}.sort(Collections.reverseOrder());")
            else:
                self.emit(f"Collections.sort({self.expr(seq)});")
            return
        if isinstance(seq.type, t.StringType):
            self.via_chars(call)
            return
        raise self.unsupported(call, f"sorting a {seq.type}")

    def via_chars(self, call: ir.LibraryCall) -> None:
        """An in-place algorithm on a string (``call.args[0]``, C++'s mutable ``std::string``): Java
        strings are immutable, so it runs on the string's ``char[]``, which is then the string."""
        seq = call.args[0]
        assert seq is not None and isinstance(seq.type, t.StringType)
        if not isinstance(seq, ir.Name):  # evaluated twice (read, then assigned)
            raise self.unsupported(call, f"{call.op.value} of a string that is not a variable")
        text = self.expr(seq, POSTFIX)
        chars = self.temp("chars")
        self.emit(f"char[] {chars} = {text}.toCharArray();")
        sub = ir.Name(chars, type=t.ArrayType(t.CHAR))
        self.scopes[-1][chars] = chars
        self.library_statement(ir.LibraryCall(call.op, (sub, *call.args[1:]), type=t.VOID, location=call.location))
        self.emit(f"{text} = new String({chars});")

    def comparator(self, comparator: ir.Expr) -> str:
        if not isinstance(comparator, ir.Lambda) or isinstance(comparator.body, ir.Block):
            raise self.unsupported(comparator, "comparator")
        a, b = (self.name(p.name) for p in comparator.params)
        before = self.expr(comparator.body)
        swapped = renamed(
            comparator.body,
            {
                comparator.params[0].name: comparator.params[1].name,
                comparator.params[1].name: comparator.params[0].name,
            },
        )
        after = self.expr(swapped)
        return f"({a}, {b}) -> {before} ? -1 : {after} ? 1 : 0"

    # -- expressions -------------------------------------------------------------------------------
    def render(self, expr: ir.Expr) -> tuple[str, int]:
        if bigint.involves(expr):
            return bigint.render(self, expr)
        return super().render(expr)

    def expr_IntLiteral(self, expr: ir.IntLiteral) -> tuple[str, int]:
        held = _java_integer(expr.type)
        value = _held_value(expr.value, expr.type)
        suffix = "L" if held == "long" else ""
        if isinstance(expr.type, t.IntType) and not expr.type.signed and expr.type.bits != 64 and value < 2**31:
            suffix = ""  # an unsigned int is held in a long; a value an int holds widens by itself
        if held in ("byte", "short"):
            held, suffix = "int", ""  # Java narrows an int constant that fits to byte and short itself
        if not -(2 ** (31 if held == "int" else 63)) <= value < 2 ** (31 if held == "int" else 63):
            # a value the source's own type held (Python's unbounded int) that no int holds: never wrapped
            raise self.unsupported(expr, f"integer literal {expr.value} wider than {expr.type}")
        return (f"{value}{suffix}", ATOM if value >= 0 else UNARY)

    def expr_Wrap(self, expr: ir.Wrap) -> tuple[str, int]:
        """A value reduced into its type: Java's int and long arithmetic and its narrowing casts
        wrap by themselves; a C++ unsigned int, held in a long (and a smaller one in an int), is
        masked to its width."""
        type_, operand = expr.type, expr.operand
        assert isinstance(type_, t.IntType) and type_.bits is not None
        held = _java_integer(type_)
        if type_.signed or type_.bits == 64:
            if _java_integer(operand.type) == held:
                return self.render(operand)
            return (f"({held}) {self.expr(operand, UNARY)}", UNARY)
        mask = f"0x{'F' * (type_.bits // 4)}{'L' if held == 'long' else ''}"
        text = f"{self.expr(operand, ATOM if isinstance(operand, ir.Binary) else 8)} & {mask}"
        if held == "int" and _java_integer(operand.type) == "long":
            return (f"(int) ({text})", UNARY)
        return (text, 7)

    def expr_NullLiteral(self, expr: ir.NullLiteral) -> tuple[str, int]:
        return ("null", ATOM)

    def operand(self, expr: ir.Expr, min_prec: int) -> str:
        if (
            isinstance(expr.type, t.BoolType)
            and min_prec > PREC[B.AND]
            and not isinstance(expr, ir.BoolLiteral)
            and min_prec != 8
        ):
            pass
        return self.expr(expr, min_prec)

    def dropped(self, expr: ir.Expr) -> bool:
        if without_effect(expr):
            return True
        if isinstance(expr, ir.Binary | ir.Unary | ir.Conditional | ir.Cast | ir.Index | ir.Name):
            raise self.unsupported(expr, "an expression statement that Java does not accept as a statement")
        return False

    def expr_Unary(self, expr: ir.Unary) -> tuple[str, int]:
        if expr.op in (ir.UnaryOp.NEG, ir.UnaryOp.POS, ir.UnaryOp.BIT_NOT):  # `-(a < b)`: 0 or -1
            expr = dataclasses.replace(expr, operand=bool_to_int(expr.operand))
        return super().expr_Unary(expr)

    def expr_Binary(self, expr: ir.Binary) -> tuple[str, int]:
        op = expr.op
        left, right = expr.left, expr.right
        if op in (B.EQ, B.NE) and any(isinstance(s, ir.NullLiteral) and isinstance(s.type, t.OptionalType) for s in (left, right)):
            return (f"{self.expr(left, PREC[op] + 1)} {op.value} {self.expr(right, PREC[op] + 1)}", PREC[op])  # x == null
        if op in (B.EQ, B.NE) and isinstance(left.type, t.OptionalType) and isinstance(right.type, t.OptionalType):
            # two values that may be None (Python's ==): equal values or both null, not the same box
            if left.type != right.type or not isinstance(left.type.value, t.IntType | t.BoolType | t.CharType | t.StringType):
                raise self.unsupported(expr, f"'{op.value}' of a {left.type} and a {right.type}")
            text = f"Objects.equals({self.expr(left)}, {self.expr(right)})"
            return (text, POSTFIX) if op == B.EQ else (f"!{text}", UNARY)
        if isinstance(left.type, t.TupleType) or holds_array(left.type):
            return tuple_comparison(self, expr)
        if isinstance(left.type, t.TypeVarType) and op in _TEMPLATE_COMPARISONS:
            # a generic's values are objects: compareTo, with floating-point's own < and == kept
            self.imports.add("compareValues")
            text = f'compareValues({self.expr(left)}, "{op.value}", {self.expr(right)})'
            return (text, POSTFIX)
        if (
            op in (B.EQ, B.NE)
            and isinstance(left.type, t.StringType | t.PairType)
            and isinstance(right.type, t.StringType | t.PairType)
        ):
            text = f"{self.expr(left, POSTFIX)}.equals({self.expr(right)})"
            return (text, POSTFIX) if op == B.EQ else (f"!{text}", UNARY)
        if op in (B.EQ, B.NE) and isinstance(left.type, t.ListType | t.SetType | t.MapType | t.ArrayType):
            # containers compared by value (Python's ==, C++'s == on containers)
            if _arrays_inside(left.type) and not isinstance(left.type, t.ArrayType):
                # List<int[]>.equals compares the arrays by identity, Python and C++ by value
                raise self.unsupported(expr, f"'{op.value}' of a {left.type} holding arrays")
            deep = "deepEquals" if _arrays_inside(left.type) else "equals"  # int[][]: rows by value
            compared = (f"{self.expr(left, POSTFIX)}.equals({self.expr(right)})"
                        if not isinstance(left.type, t.ArrayType) else
                        f"Arrays.{deep}({self.expr(left)}, {self.expr(right)})")  # fmt: skip
            return (compared, POSTFIX) if op == B.EQ else (f"!{compared}", UNARY)
        if op in (B.LT, B.LE, B.GT, B.GE) and isinstance(left.type, t.StringType):
            return (f"{self.expr(left, POSTFIX)}.compareTo({self.expr(right)}) {op.value} 0", PREC[op])
        if op in (B.LT, B.LE, B.GT, B.GE) and any(isinstance(side.type, _UNORDERED) for side in (left, right)):
            # Python's `[j] < a[i]` (lexicographic) or C++'s pair `<`: Java's `<` takes numbers only
            raise self.unsupported(expr, f"'{op.value}' of a {left.type} and a {right.type}")
        unsigned = unsigned_long(t.promote(left.type, right.type)) or unsigned_long(expr.type)
        if unsigned and op in (B.LT, B.LE, B.GT, B.GE, B.TRUNC_DIV, B.TRUNC_MOD):
            # a C++ unsigned long long keeps its bits in a long: Java's own < and / read them signed
            if op in (B.TRUNC_DIV, B.TRUNC_MOD):
                name = "divideUnsigned" if op == B.TRUNC_DIV else "remainderUnsigned"
                return (f"Long.{name}({self.expr(left)}, {self.expr(right)})", POSTFIX)
            return (f"Long.compareUnsigned({self.expr(left)}, {self.expr(right)}) {op.value} 0", PREC[op])
        if op in (B.EQ, B.NE) and self.is_boxed(left) and self.is_boxed(right) and t.is_numeric(left.type):
            # Two Integer objects compare by identity with ==: unbox one side.
            text = f"({self.type_name(left.type)}) {self.expr(left, UNARY)} {op.value} {self.expr(right, 9)}"
            return (text, PREC[op])
        if op in (B.ADD, B.SUB, B.MUL, B.TRUNC_DIV, B.TRUNC_MOD, B.DIV, B.SHL, B.SHR, B.USHR) and not isinstance(
            expr.type, t.StringType
        ):
            left = bool_to_int(left)
            right = bool_to_int(right)
        if op == B.FLOOR_DIV:
            return (f"Math.floorDiv({self.expr(left)}, {self.expr(right)})", POSTFIX)
        if op == B.FLOOR_MOD:
            return (f"Math.floorMod({self.expr(left)}, {self.expr(right)})", POSTFIX)
        if op == B.FMOD:
            return (f"{self.expr(left, 12)} % {self.expr(right, 13)}", 12)
        if op == B.USHR or (op == B.SHR and isinstance(expr.type, t.IntType) and not expr.type.signed):
            return (f"{self.expr(left, 10)} >>> {self.expr(right, 11)}", 10)
        if op == B.DIV and t.is_integral(left.type) and t.is_integral(right.type):
            left = ir.Cast(left, type=t.DOUBLE)
        if (
            op == B.ADD
            and isinstance(expr.type, t.StringType)
            and isinstance(left.type, t.CharType)
            and isinstance(right.type, t.CharType)
        ):
            left = ir.LibraryCall(L.TO_STRING, (left,), type=t.STRING)
        if op in (B.BIT_AND, B.BIT_OR, B.BIT_XOR) and isinstance(expr.type, t.IntType):
            left, right = bool_to_int(left), bool_to_int(right)
        return super().expr_Binary(ir.Binary(op, left, right, type=expr.type, location=expr.location))

    def expr_Cast(self, expr: ir.Cast) -> tuple[str, int]:
        source, target, operand = expr.operand.type, expr.type, expr.operand
        if isinstance(target, t.OptionalType):  # a value made optional: Java boxes it
            return self.render(operand)
        if isinstance(source, t.OptionalType):  # an optional's value, shown not null: unboxed
            primitive = self.type_name(target)
            if primitive == self.type_name(target, True):
                return self.render(operand)  # a reference (String, a list) is its own value
            return (f"{self.expr(operand, POSTFIX)}.{primitive}Value()", POSTFIX)
        if isinstance(target, t.BoolType):
            if isinstance(source, t.BoolType):
                return self.render(operand)
            return (f"{self.expr(operand, 9)} != 0", 8)
        if isinstance(source, t.BoolType) and t.is_numeric(target):
            return (f"{self.expr(operand, 3)} ? 1 : 0", 2)
        if isinstance(target, t.StringType):
            if isinstance(source, t.CharType):
                return (f"String.valueOf({self.expr(operand)})", POSTFIX)
            return self.render(operand)
        if source == target or not t.is_numeric(target):
            return self.render(operand)
        if isinstance(target, t.FloatType) and unsigned_long(source) and not isinstance(operand, ir.IntLiteral):
            name = "unsignedToFloat" if target.bits == 32 else "unsignedToDouble"  # its bits in a long
            self.imports.add(name)
            return (f"{name}({self.expr(operand)})", POSTFIX)
        if self.is_boxed(operand) and not _widening(source, target) and t.is_numeric(source):
            # A narrowing cast does not unbox (`(int) aLong` is an error): ask the object.
            primitive = "int" if isinstance(target, t.CharType) else self.type_name(target)
            value = f"{self.expr(operand, POSTFIX)}.{primitive}Value()"
            return (f"(char) {value}", UNARY) if isinstance(target, t.CharType) else (value, POSTFIX)
        if isinstance(operand, ir.IntLiteral) and isinstance(target, t.IntType):
            if _java_integer(target) in ("byte", "short") and _java_integer(source) != _java_integer(target):
                # f((short) 300): a call converts no int constant implicitly (C++ front end's calls)
                return (f"({_java_integer(target)}) {self.expr(operand, UNARY)}", UNARY)
            return self.render(ir.IntLiteral(operand.value, type=target))
        if (
            isinstance(target, t.IntType)
            and isinstance(source, t.IntType)
            and not target.signed
            and target.bits not in (None, 64)
            and source != target
        ):
            return self.expr_Wrap(ir.Wrap(operand, type=target))  # to unsigned: modular
        # An explicit int -> long widening decides the width of the arithmetic around it: keep it.
        if (
            isinstance(target, t.IntType)
            and isinstance(source, t.IntType)
            and (target.bits or 64) >= (source.bits or 64)
            and target.signed == source.signed
            and not (
                (target.bits or 64) == 64 and source.bits == 32 and not isinstance(operand, ir.IntLiteral)
            )
        ):
            return self.render(operand)
        if (
            isinstance(target, t.IntType)
            and isinstance(source, t.IntType)
            and _java_integer(target) == _java_integer(source)
        ):
            return self.render(operand)  # signedness only: Java holds both alike
        return (f"({self.type_name(target)}) {self.expr(operand, UNARY)}", UNARY)

    def position(self, expr: ir.Expr) -> str:
        """An index or an array size: Java takes an int (a C++ unsigned int is held in a long)."""
        if isinstance(expr.type, t.IntType) and _java_integer(expr.type) == "long":
            return self.expr(ir.Cast(expr, type=t.INT))
        return self.expr(bool_to_int(expr))  # C++ `int dp[n < 1]`: a bool is 0 or 1

    def boxed_as(self, expr: ir.Expr, target: t.Type) -> ir.Expr:
        """A number stored in or looked up as a boxed key or value of type ``target``: Java does not
        box an int as a Long (``put(n, v)`` does not compile; ``containsKey(n)`` is always false)."""
        expr = self.top_value(expr, target)
        source = expr.type
        if isinstance(target, t.IntType) and isinstance(source, t.CharType):
            return ir.Cast(expr, type=target, location=expr.location)  # a char boxes as a Character
        if isinstance(target, t.IntType) and isinstance(source, t.IntType):
            if (source.bits or 64) >= (target.bits or 64):
                return expr
            if isinstance(expr, ir.IntLiteral):
                return ir.IntLiteral(expr.value, type=target, location=expr.location)
            return ir.Cast(expr, type=target, location=expr.location)
        if isinstance(target, t.FloatType) and isinstance(source, t.IntType | t.FloatType) and source != target:
            return ir.Cast(expr, type=target, location=expr.location)
        return expr

    def expr_Index(self, expr: ir.Index) -> tuple[str, int]:
        base = self.expr(expr.base, POSTFIX)
        if isinstance(expr.base.type, t.StringType):
            return (f"{base}.charAt({self.position(expr.index)})", POSTFIX)
        if isinstance(expr.base.type, t.ListType):
            return (f"{base}.get({self.position(expr.index)})", POSTFIX)
        if isinstance(expr.base.type, t.MapType):
            value = expr.base.type.value
            # a Map<K, Long> needs a long default (0L), which Java does not widen from 0
            zero = (
                self.expr(ir.IntLiteral(0, type=value)) if isinstance(value, t.IntType) else self.zero(value)
            )
            return (f"{base}.getOrDefault({self.expr(self.boxed_as(expr.index, expr.base.type.key))}, {zero})", POSTFIX)
        return (f"{base}[{self.position(expr.index)}]", POSTFIX)

    def expr_ArrayLiteral(self, expr: ir.ArrayLiteral) -> tuple[str, int]:
        inner = ", ".join(self.expr(e) for e in expr.elements)
        if isinstance(expr.type, t.ListType):  # List<Long> of ints: Arrays.asList boxes each as written
            inner = ", ".join(self.expr(self.boxed_as(e, expr.type.element)) for e in expr.elements)
            return (f"new ArrayList<>(Arrays.asList({inner}))", POSTFIX)
        # Java creates no arrays of a generic type (SimpleEntry<K, V>[]): the raw type's array holds them.
        return (f"new {re.sub('<.*>', '', self.type_name(expr.type))} {{{inner}}}", POSTFIX)

    def expr_NewArray(self, expr: ir.NewArray) -> tuple[str, int]:
        element = expr.type
        for _ in expr.dims:
            element = t.element_type(element)
        dims = "".join(f"[{self.position(d)}]" for d in expr.dims)
        extra = "[]" * _array_depth(element)
        if expr.fill is not None:
            raise self.unsupported(expr, "array with a fill value")
        if scalar(element) == t.BIGINT:  # Java's new BigInteger[n] holds nulls
            if len(expr.dims) > 2 or extra:
                raise self.unsupported(expr, "a table of Python integers beyond 64 bits with more than two dimensions")
            return (bigint.array_of_zeros([self.position(d) for d in expr.dims]), POSTFIX)
        return (f"new {self.type_name(scalar(element))}{dims}{extra}", POSTFIX)

    def expr_NewContainer(self, expr: ir.NewContainer) -> tuple[str, int]:
        type_ = expr.type
        if isinstance(type_, t.ListType):
            if expr.source is not None:
                return (f"new ArrayList<>({self.collection(expr.source)})", POSTFIX)
            if expr.size is not None:
                fill = expr.fill
                if fill is not None and isinstance(fill.type, t.ListType):
                    raise self.unsupported(expr, "list of lists with a size")
                if fill is None and isinstance(type_.element, t.IntType):
                    fill = ir.IntLiteral(0, type=type_.element)  # `0L` in a List<Long>
                fill_text = self.expr(fill) if fill is not None else self.zero(type_.element)
                return (f"new ArrayList<>(Collections.nCopies({self.expr(expr.size)}, {fill_text}))", POSTFIX)
            return ("new ArrayList<>()", POSTFIX)
        if isinstance(type_, t.MapType):
            comparator = self.comparator_of(expr, type_.key)
            if expr.source is None:
                return (f"new {_KIND[type_.order]}Map<>({comparator})", POSTFIX)
            if not isinstance(expr.source.type, t.MapType):
                raise self.unsupported(expr, "map initialised from something other than a map")
            copied = f"new {_KIND[type_.order]}Map<>({comparator})"
            if not comparator:  # a copy constructor keeps the elements (and a TreeMap sorts them)
                return (f"new {_KIND[type_.order]}Map<>({self.expr(expr.source)})", POSTFIX)
            raise self.unsupported(expr, f"copy of a map into {copied}")
        if isinstance(type_, t.SetType):
            source = self.collection(expr.source) if expr.source is not None else ""
            if isinstance(expr.source, ir.ArrayLiteral):
                source = f"Arrays.asList({', '.join(self.expr(e) for e in expr.source.elements)})"
            comparator = self.comparator_of(expr, type_.element)
            if comparator and source:
                raise self.unsupported(expr, f"a sorted set of {type_.element} copied from another container")
            return (f"new {_KIND[type_.order]}Set<>({comparator or source})", POSTFIX)
        if isinstance(type_, t.StackType | t.QueueType | t.DequeType):
            return ("new ArrayDeque<>()", POSTFIX)
        if isinstance(type_, t.PriorityQueueType):
            element = type_.element
            if isinstance(element, t.PairType) and _natural_order(element.first) and _natural_order(element.second):
                # a pair is no Comparable (ClassCastException at the second add): C++'s < of pairs
                entry = self.type_name(element, True)
                order = f"Comparator.comparing({entry}::getKey).thenComparing({entry}::getValue)"
                return (f"new PriorityQueue<>({order}{'.reversed()' if type_.max_first else ''})", POSTFIX)
            return (
                "new PriorityQueue<>(Collections.reverseOrder())"
                if type_.max_first
                else "new PriorityQueue<>()",
                POSTFIX,
            )
        raise self.unsupported(expr, f"container {type_}")

    def comparator_of(self, expr: ir.NewContainer, key: t.Type) -> str:
        """The comparator a ``TreeSet``/``TreeMap`` of ``key`` needs to sort as C++ does ("" for
        Java's natural order, and for hash containers): a pair compares its first, then second."""
        if not (isinstance(expr.type, t.SetType | t.MapType) and expr.type.sorted) or _natural_order(key):
            return ""
        if isinstance(key, t.PairType) and _natural_order(key.first) and _natural_order(key.second):
            entry = self.type_name(key, True)
            return f"Comparator.comparing({entry}::getKey).thenComparing({entry}::getValue)"
        raise self.unsupported(expr, f"a sorted set or map of {key} (no Java order for it)")

    def collection(self, source: ir.Expr) -> str:
        """``source`` as a Java collection a new list or set can copy (arrays are boxed first)."""
        if isinstance(source.type, t.MapType):
            # C++ copies a map's (key, value) pairs in its order: entrySet() keeps the TreeMap's
            return (
                f"{self.expr(source, POSTFIX)}.entrySet().stream().map(AbstractMap.SimpleEntry::new).toList()"
            )
        if not isinstance(source.type, t.ArrayType) or isinstance(source, ir.ArrayLiteral):
            return self.expr(source)
        if self.boxed_array(source):
            return f"Arrays.asList({self.expr(source)})"
        if t.element_type(source.type) not in (t.INT, t.LONG, t.DOUBLE):
            raise self.unsupported(source, f"a collection copied from a {source.type}")
        return f"Arrays.stream({self.expr(source)}).boxed().toList()"

    def expr_Lambda(self, expr: ir.Lambda) -> tuple[str, int]:
        return (self.comparator(expr), 1)

    def expr_LibraryCall(self, call: ir.LibraryCall) -> tuple[str, int]:
        row = EXPRESSIONS.get(call.op)
        if row is None:
            raise self.unsupported(call, f"library operation {call.op.value}")
        if isinstance(row, Form):
            return self.form(row, call)
        return row(self, call)


class UnsupportedType(Exception):
    pass


def _boxed(expr: ir.Expr) -> bool:
    """Whether ``expr`` prints as a boxed value (an element read from a Java collection)."""
    if isinstance(expr, ir.Index):
        return isinstance(expr.base.type, t.ListType | t.MapType)
    return isinstance(expr, ir.LibraryCall) and expr.op in (
        L.PEEK, L.POP, L.POP_FRONT, L.PEEK_BACK, L.LIST_BACK, L.LIST_FRONT, L.MAP_GET, L.MAP_GET_OR,
        L.LIST_POP_BACK, L.LIST_REMOVE_AT, L.PAIR_FIRST, L.PAIR_SECOND,
    )  # fmt: skip


def _array_depth(type_: t.Type) -> int:
    depth = 0
    while isinstance(type_, t.ArrayType):
        depth += 1
        type_ = type_.element
    return depth


def to_java(
    module: ir.Module, declarations: dict[str, Declaration] | None = None, comments: Comments | None = None
) -> str:
    """Java source for ``module``: static fields and static methods, no class wrapper;
    ``declarations`` print pinned functions' declarations as spelled (see interface.py);
    ``comments``: the source's, printed beside the statements they sit next to."""
    check_operands(module, "Java")  # a Python source's ill-typed operands: refused, not printed
    functions = tuple(pairs_retyped(f) for f in module.functions)  # C++ make_pair's types (legalize.py)
    if any(new is not old for new, old in zip(functions, module.functions, strict=True)):
        module = dataclasses.replace(module, functions=functions)
    backend = JavaBackend(module)
    backend.declarations = declarations or {}
    backend.notes = CommentPrinter(comments, "//") if comments is not None else None
    try:
        return backend.render_module()
    except UnsupportedType as error:
        from transcoder.errors import UnsupportedConstruct

        raise UnsupportedConstruct(f"rules engine: cannot translate to Java: type {error.args[0]}") from None


def _held_value(value: int, type_: t.Type) -> int:
    """A literal's value as Java holds it: reduced modulo 2**bits into the type's range, as C++
    converts a constant to a narrower integer type (``int f() { return 3000000000; }`` returns
    -1294967296; an unsigned long long keeps its bits in a long, so npos is -1L). Python's
    unbounded ints are left as they are: the caller refuses what no long holds."""
    if not isinstance(type_, t.IntType) or type_.bits is None:
        return value
    bits = type_.bits
    value %= 2**bits
    if type_.signed or bits == 64:
        return value - 2**bits if value >= 2 ** (bits - 1) else value
    return value


def unsigned_long(type_: t.Type) -> bool:
    """A C++ ``unsigned long long`` (or ``size_t``): its bits in a Java ``long``."""
    return isinstance(type_, t.IntType) and not type_.signed and type_.bits == 64


def _java_integer(type_: t.Type) -> str:
    """The Java type holding an integer type's values: a C++ ``unsigned int`` needs a ``long``
    (its values above 2**31 - 1 print, compare and divide as they are), a smaller unsigned type
    an ``int``; ``unsigned long long`` keeps its bits in a ``long``."""
    if not isinstance(type_, t.IntType) or type_.bits is None:
        return "long"
    if not type_.signed and type_.bits < 64:
        return "long" if type_.bits == 32 else "int"
    return {8: "byte", 16: "short", 32: "int", 64: "long"}[type_.bits]


_TEMPLATE_COMPARISONS = frozenset({B.LT, B.LE, B.GT, B.GE, B.EQ, B.NE})


def generic_header(function: ir.Function, header: str) -> str:
    """``static <T extends Comparable<T>> T max3(...)`` for a function with type parameters (a C++
    template: ``cpp/frontend/templates.py`` lets its body only move and compare values of T)."""
    names: list[str] = []
    for type_ in (*(p.type for p in function.params), function.return_type):
        names.extend(n for n in t.type_variables(type_) if n not in names)
    if not names:
        return header
    bounds = ", ".join(f"{n} extends Comparable<{n}>" for n in names)
    return header.replace("static ", f"static <{bounds}> ", 1)


def _as_float(value: ir.Expr, target: t.Type) -> ir.Expr:
    """A number merged into a map of floating values: ``merge(k, 1, Double::sum)`` does not build."""
    if isinstance(target, t.FloatType) and t.is_numeric(value.type) and value.type != target:
        return ir.Cast(value, type=target)
    return value


def _arrays_inside(type_: t.Type) -> bool:
    """Whether the elements (keys, values) of a container are arrays or hold some."""
    if isinstance(type_, t.MapType):
        return any(isinstance(x, t.ArrayType) or _arrays_inside(x) for x in (type_.key, type_.value))
    element = getattr(type_, "element", None)
    return isinstance(element, t.ArrayType) or (isinstance(element, t.Type) and _arrays_inside(element))
