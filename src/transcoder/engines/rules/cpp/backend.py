"""C++ back end: prints an ``ir.Module`` as C++17 free functions.

Output assumes ``#include <bits/stdc++.h>`` and ``using namespace std;`` (the GfG harness
provides them); a whole module also gets the includes it needs at the top. Java arrays become
``vector`` (they know their length), lists ``vector``, ``HashMap`` ``unordered_map``, Java
``long`` ``long long``. Java's ``>>>`` becomes a shift of the value cast to unsigned.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.analysis.lengths import length_needs, reads_length
from transcoder.engines.rules.cfamily.backend import ATOM, POSTFIX, PREC, UNARY, CFamilyBackend
from transcoder.engines.rules.cfamily.operands import check_operands
from transcoder.engines.rules.classes import is_method
from transcoder.engines.rules.comments import CommentPrinter, Comments
from transcoder.engines.rules.cpp import bigint
from transcoder.engines.rules.cpp.chars import check_chars
from transcoder.engines.rules.cpp.classes import ClassPrinting
from transcoder.engines.rules.cpp.legalize import cpp_spelling
from transcoder.engines.rules.cpp.nullable import (
    Nullable,
    null_compared,
    null_store,
    nullable_parameters,
    optional_container,
)
from transcoder.engines.rules.cpp.parameters import Modes, Passing, parameter_passing
from transcoder.engines.rules.cpp.printing import EXPRESSIONS, STATEMENTS
from transcoder.engines.rules.cpp.program import ProgramPrinting
from transcoder.engines.rules.cpp.promotions import widened_left
from transcoder.engines.rules.cpp.runtime import HELPERS
from transcoder.engines.rules.printing import Form

if TYPE_CHECKING:
    from transcoder.engines.rules.interface import Declaration
    from transcoder.engines.rules.signature import PinnedParam

L = ir.LibOp
B = ir.BinaryOp

_CPP_KEYWORDS = frozenset(
    [
        "true",  # literals, and C++20 keywords g++ reserves: also names a Python or Java source may use
        "false",
        "char8_t",
        "co_await",
        "co_return",
        "co_yield",
        "consteval",
        "constinit",
        "alignas",
        "case",  # C++ keywords a Python or Java name may be spelled as
        "default",
        "do",
        "enum",
        "switch",
        "concept",
        "requires",
        "alignof",
        "and",
        "and_eq",
        "asm",
        "auto",
        "bitand",
        "bitor",
        "bool",
        "catch",
        "char",
        "char16_t",
        "char32_t",
        "class",
        "compl",
        "const",
        "constexpr",
        "const_cast",
        "decltype",
        "delete",
        "double",
        "dynamic_cast",
        "explicit",
        "export",
        "extern",
        "float",
        "friend",
        "goto",
        "inline",
        "int",
        "long",
        "mutable",
        "namespace",
        "new",
        "noexcept",
        "not",
        "not_eq",
        "nullptr",
        "operator",
        "or",
        "or_eq",
        "private",
        "protected",
        "public",
        "register",
        "reinterpret_cast",
        "short",
        "signed",
        "sizeof",
        "static",
        "static_assert",
        "static_cast",
        "struct",
        "template",
        "this",
        "thread_local",
        "throw",
        "typedef",
        "typeid",
        "typename",
        "union",
        "unsigned",
        "using",
        "virtual",
        "void",
        "volatile",
        "wchar_t",
        "xor",
        "xor_eq",
        "max",
        "min",
        "abs",
        "swap",
        "sort",
        "fill",
        "reverse",
        "pow",
        "sqrt",
        "log",
        "exp",
        "floor",
        "ceil",
        "round",
        "string",
        "vector",
        "map",
        "set",
        "stack",
        "queue",
        "deque",
        "pair",
    ]
)


class CppBackend(ClassPrinting, ProgramPrinting, CFamilyBackend):
    target_name = "C++"
    c_arrays: frozenset[str] | set[str] = frozenset()  # array parameters printed as C arrays
    passing: Modes | None = None  # how each function receives its parameters (cpp/parameters.py)
    lengths: dict[str, frozenset[str]] | None = None  # array parameters whose length each needs
    nullable: Nullable = Nullable()  # the current function's parameters that may be null
    nullables: dict[str, Nullable] | None = None  # each function's (cpp/nullable.py)

    def nullable_of(self, function: ir.Function) -> Nullable:
        """The parameters of ``function`` printed as ``optional`` (not pinned ones)."""
        if self.nullables is None:
            self.nullables = {}
        found = self.nullables.get(function.name)
        if found is None:
            candidates = (p.name for p in function.params if cpp_spelling(function, p, self.declarations) is None)
            found = self.nullables[function.name] = nullable_parameters(function, frozenset(candidates))
        return found

    def stmt_ForEach(self, stmt: ir.ForEach) -> None:
        iterable = stmt.iterable
        if isinstance(iterable, ir.LibraryCall) and iterable.op in (L.MAP_KEYS, L.MAP_VALUES):
            self.scopes.append({})
            entry = self.temp("entry")
            self.emit(f"for (auto& {entry} : {self.expr(iterable.args[0])}) {{")
            self.indent += 1
            name = self.declare(stmt.name)
            part = "first" if iterable.op == L.MAP_KEYS else "second"
            self.emit(f"{self.type_name(stmt.var_type)} {name} = {entry}.{part};")
            self.indent -= 1
            self.body(stmt.body)
            self.scopes.pop()
            return
        super().stmt_ForEach(stmt)

    def iterable(self, expr: ir.Expr) -> str:
        text = self.expr(expr)
        if isinstance(expr, ir.StringLiteral) and text.startswith('"'):
            return f"string({text})"  # a char array: its terminating '\0' would be a char too
        return text

    def reserved(self) -> frozenset[str]:
        return _CPP_KEYWORDS

    def global_modifiers(self, decl: ir.VarDecl) -> str:
        return "const " if decl.constant else ""

    def render_module(self) -> str:
        classes = self.class_declarations()  # classes.py: declared and defined first
        chunks = self.global_declarations()
        parts = classes + (["\n".join(chunks)] if chunks else [])
        # C++ needs a function declared before its call: callees first, as C++ code is written;
        # only mutual recursion needs prototypes.
        free = tuple(f for f in self.ir_module.functions if not is_method(f.name))
        functions, forward = _callees_first(free)
        if classes:  # methods, defined before the functions, may call any of them
            forward = {f.name for f in functions if f.name != self.ir_module.entry}
        texts = []
        for function in functions:
            declaration = self.declaration(function)
            result = (
                declaration.result.cpp("")
                if declaration is not None and declaration.result.type == function.return_type
                else None
            )
            header = f"{result or self.type_name(function.return_type)} {function.name}({{params}})"
            variables = t.type_variables(t.TupleType(tuple(p.type for p in function.params)))
            if variables:  # a Java generic method: a function template (java/frontend/generics.py)
                header = f"template <{', '.join(f'typename {v}' for v in variables)}> {header}"
            texts.append(self.function_text(function, self.entry_header(function) or header))
        prototypes = [
            text.split("\n", 1)[0].removesuffix(" {") + ";"
            for function, text in zip(functions, texts, strict=True)
            if function.name in forward
        ]
        if prototypes:
            parts.append("\n".join(prototypes))
        parts += self.method_definitions() + texts
        helpers = [text for name, text in HELPERS.items() if name in self.imports]  # dependencies first
        return "\n\n".join(helpers + parts) + "\n"

    def type_name(self, type_: t.Type) -> str:
        if type_ == t.BIGINT:  # a Python integer 64 bits may not hold (bigint.py)
            self.imports.add("big_int")
            return "BigInt"
        if isinstance(type_, t.ClassType):
            return self.class_type_name(type_)  # classes.py
        if isinstance(type_, t.IntType):
            if type_.bits == 64 or type_.bits is None:
                return "long long" if type_.signed else "unsigned long long"
            base = {8: "signed char", 16: "short", 32: "int"}[type_.bits]
            return base if type_.signed else "unsigned " + base.replace("signed ", "")
        if isinstance(type_, t.BoolType):
            return "bool"
        if isinstance(type_, t.CharType):
            return "char"
        if isinstance(type_, t.FloatType):
            return "float" if type_.bits == 32 else "double"
        if isinstance(type_, t.StringType | t.StringBuilderType):
            return "string"
        if isinstance(type_, t.VoidType):
            return "void"
        if isinstance(type_, t.ArrayType | t.ListType):
            return f"vector<{self.type_name(type_.element)}>"
        if isinstance(type_, t.MapType | t.SetType) and type_.order is t.Order.INSERTION:
            # Java's LinkedHashMap/LinkedHashSet iteration order, observed by the program
            self.imports.update(
                (
                    "linked_hash_table",
                    "linked_hash_map" if isinstance(type_, t.MapType) else "linked_hash_set",
                )
            )
            if isinstance(type_, t.MapType):
                return f"LinkedHashMap<{self.type_name(type_.key)}, {self.type_name(type_.value)}>"
            return f"LinkedHashSet<{self.type_name(type_.element)}>"
        if isinstance(type_, t.MapType | t.SetType) and type_.order is t.Order.JAVA_HASH:
            # Java's HashMap/HashSet iteration order, observed by the program: a helper keeps it
            self.imports.update(
                ("java_hash_table", "java_hash_map" if isinstance(type_, t.MapType) else "java_hash_set")
            )
            if isinstance(type_, t.MapType):
                return f"JavaHashMap<{self.type_name(type_.key)}, {self.type_name(type_.value)}>"
            return f"JavaHashSet<{self.type_name(type_.element)}>"
        if isinstance(type_, t.MapType):
            return f"{'map' if type_.sorted else 'unordered_map'}<{self.type_name(type_.key)}, {self.type_name(type_.value)}>"
        if isinstance(type_, t.SetType):
            return f"{'set' if type_.sorted else 'unordered_set'}<{self.type_name(type_.element)}>"
        if isinstance(type_, t.StackType):
            return f"stack<{self.type_name(type_.element)}>"
        if isinstance(type_, t.QueueType):
            return f"queue<{self.type_name(type_.element)}>"
        if isinstance(type_, t.DequeType):
            return f"deque<{self.type_name(type_.element)}>"
        if isinstance(type_, t.PriorityQueueType):
            element = self.type_name(type_.element)
            if type_.max_first:
                return f"priority_queue<{element}>"
            return f"priority_queue<{element}, vector<{element}>, greater<{element}>>"
        if isinstance(type_, t.PairType):
            return f"pair<{self.type_name(type_.first)}, {self.type_name(type_.second)}>"
        if isinstance(type_, t.TupleType):
            return f"tuple<{', '.join(self.type_name(e) for e in type_.elements)}>"
        if isinstance(type_, t.TypeVarType):  # a template's type parameter
            return type_.name
        if isinstance(type_, t.OptionalType):  # a Python value that may be None
            return f"optional<{self.type_name(type_.value)}>"
        if isinstance(type_, t.FunctionType):  # a function value returned or passed (std::function)
            parameters = ", ".join(self.type_name(p) for p in type_.parameters)
            return f"function<{self.type_name(type_.result)}({parameters})>"
        raise self.unsupported(ir.Block(()), f"type {type_}")

    def function_text(self, function: ir.Function, header: str) -> str:
        bigint.check(self, function)
        self.current = function
        self.nullable = self.nullable_of(function)
        callees = {f.name: f for f in self.ir_module.functions}
        null = null_store(function, callees, self.nullable_of)
        if null is not None:
            raise self.unsupported(null, "null where C++ holds a value (a string, array or number)")
        shared = optional_container(function)
        if shared is not None:
            raise self.unsupported(
                shared, "a list, dict or set that may be None (a std::optional holds a copy; Python shares the object)"
            )
        self.c_arrays = {
            p.name
            for p in function.params
            if isinstance(p.type, t.ArrayType)
            and not isinstance(p.type.element, t.ArrayType)
            and not self.needs_length(p)
            and p.name not in self.nullable.names
        }
        for param in function.params:
            spelled = self.spelled_param(param)
            if spelled is None or not isinstance(param.type, t.ArrayType):
                continue
            if spelled.type.depth == 0:  # pinned as a vector: the body uses it as one
                self.c_arrays.discard(param.name)
            elif self.needs_length(param):
                raise self.unsupported(
                    param, f"parameter '{param.name}' is pinned as a C array, which does not know its length"
                )
        return super().function_text(function, header)

    def spelled_param(self, param: ir.Param) -> PinnedParam | None:
        """The pinned spelling of ``param`` when it is a C++ spelling of the parameter's type."""
        assert self.current is not None
        return cpp_spelling(self.current, param, self.declarations)

    def param(self, param: ir.Param) -> str:
        spelled = self.spelled_param(param)
        if spelled is not None:
            text = spelled.type.cpp(self.name(param.name))
            assert text is not None
            return text + (f" = {spelled.default}" if spelled.default else "")
        text = self.param_declaration(param)
        return text + (f" = {self.expr(param.default)}" if param.default is not None else "")

    def param_declaration(self, param: ir.Param) -> str:
        type_ = param.type
        name = self.name(param.name)
        if param.name in self.nullable.names:  # compared with null (cpp/nullable.py)
            return f"const optional<{self.type_name(type_)}>& {name}"
        one_dimension = isinstance(type_, t.ArrayType) and not isinstance(type_.element, t.ArrayType)
        if one_dimension and not self.needs_length(param):
            return f"{self.type_name(t.element_type(type_))} {name}[]"
        # Strings and containers as cpp/parameters.py decides: const T& when only read, T& when
        # changed in place (Java and Python callers see the change), a copy when only rebound.
        mode = self.passing_of(param)
        if mode is Passing.CONST_REF:
            return f"const {self.type_name(type_)}& {name}"
        if mode is Passing.REF:
            return f"{self.type_name(type_)}& {name}"
        return f"{self.type_name(type_)} {name}"

    def passing_of(self, param: ir.Param) -> Passing:
        assert self.current is not None
        if self.passing is None:
            self.passing = parameter_passing(self.ir_module, frozenset(self.declarations), self.length_map())
        modes = self.passing.get(self.current.name)
        position = next((i for i, p in enumerate(self.current.params) if p.name == param.name), None)
        if modes is None or position is None or position >= len(modes):
            # not a module function (a class's method): containers by reference, as Java shares them
            return Passing.REF if isinstance(param.type, (t.ArrayType, *t.CONTAINER_TYPES)) else Passing.VALUE
        return modes[position]

    def needs_length(self, param: ir.Param) -> bool:
        """An array parameter whose length the function reads, or passes on to a function that
        reads it, must be a vector (C arrays do not know it)."""
        assert self.current is not None
        return self.length_needed(self.current, param.name)

    def length_map(self) -> dict[str, frozenset[str]]:
        """``lengths.length_needs`` of the module, computed once for the printing and the passing modes."""
        if self.lengths is None:
            self.lengths = length_needs(self.ir_module)
        return self.lengths

    def length_needed(self, function: ir.Function, name: str) -> bool:
        needs = self.length_map().get(function.name)
        return reads_length(function, name) if needs is None else name in needs  # None: a class's method

    def missing_return(self, function: ir.Function) -> None:
        pass  # C++ accepts it; Java front ends only produce functions that return on every path

    # -- statements ---------------------------------------------------------------------------------
    def stmt_Return(self, stmt: ir.Return) -> None:
        if isinstance(stmt.value, ir.Name) and isinstance(stmt.value.type, t.FunctionType):
            # a local lambda captures by reference ([&]): the copy returned would read dead locals
            raise self.unsupported(stmt, "return of a function value held in a variable")
        super().stmt_Return(stmt)

    def stmt_VarDecl(self, stmt: ir.VarDecl) -> None:
        if self.function_value_declaration(stmt):  # a lambda in a variable (cfamily/functions.py)
            return
        if stmt.name in self.nullable.locals:  # a Java String local that may be null (cpp/nullable.py)
            initial = "" if stmt.init is None else f" = {self.expr(stmt.init)}"
            self.emit(f"optional<{self.type_name(stmt.type)}> {self.declare(stmt.name)}{initial};")
            return
        name = self.declare(stmt.name)
        type_text = self.type_name(stmt.type)
        prefix = "const " if stmt.constant else ""
        init = stmt.init
        if init is None:
            zero = self.zero(stmt.type)
            self.emit(f"{prefix}{type_text} {name}" + (f" = {zero}" if zero else "") + ";")
            return
        if isinstance(init, ir.LibraryCall) and init.op in (L.POP, L.POP_FRONT) and init.args[0] is not None:
            # Java's `x = stack.pop()` reads and removes: C++ does it in two steps.
            container = init.args[0]
            peek = L.PEEK_BACK if init.op == L.POP and isinstance(container.type, t.DequeType) else L.PEEK
            value = ir.LibraryCall(peek, (container,), type=init.type)
            self.emit(f"{type_text} {name} = {self.expr(value)};")
            self.library_statement(ir.LibraryCall(init.op, (container,), type=t.VOID))
            return
        if (
            isinstance(init, ir.NewContainer)
            and isinstance(init.type, t.ListType)
            and isinstance(init.source, ir.LibraryCall)
            and init.source.op in (L.MAP_KEYS, L.MAP_VALUES)
        ):
            init = init.source  # `new ArrayList<>(m.values())`: the same copy, in the map's order
        if (
            isinstance(init, ir.LibraryCall)
            and init.op in (L.MAP_KEYS, L.MAP_VALUES)
            and init.args[0] is not None
        ):
            # A Java key set or value collection kept in a variable: copy it out of the map.
            self.emit(f"{type_text} {name};")
            entry = self.temp("entry")
            part = "first" if init.op == L.MAP_KEYS else "second"
            add = "push_back" if isinstance(stmt.type, t.ListType) else "insert"
            self.emit(f"for (auto& {entry} : {self.expr(init.args[0])}) {{")
            self.emit(f"    {name}.{add}({entry}.{part});")
            self.emit("}")
            return
        if isinstance(init, ir.NewContainer) and init.source is None and init.size is None:
            if init.capacity is not None and _hash_ordered(init.type):
                self.emit(f"{prefix}{type_text} {name}({self.expr(init.capacity)});")
                return
            self.emit(f"{prefix}{type_text} {name};")
            return
        if (
            isinstance(init, ir.LibraryCall)
            and init.op == L.MAP_GET_OR
            and isinstance(init.args[2], ir.NullLiteral)
        ):
            self.nullable_lookup(stmt, name, init)
            return
        if isinstance(init, ir.NewArray | ir.NewContainer) and (
            isinstance(init, ir.NewArray) or init.size is not None
        ):
            self.emit(f"{prefix}{type_text} {name}({self.constructor_args(init)});")
            return
        if (
            isinstance(init, ir.Name)
            and isinstance(stmt.type, t.CONTAINER_TYPES)
            and self.current is not None
            and not _rebound(self.current, {stmt.name, init.id})
        ):
            # Java and Python share the object (`u = t; u.remove(x)` changes t; a C++ source's
            # copies are explicit in the IR): a C++ reference does the same while neither name
            # is rebound to another object.
            self.emit(f"{type_text}& {name} = {self.expr(init)};")
            return
        self.emit(f"{prefix}{type_text} {name} = {self.expr(self.top_value(init, stmt.type))};")

    def nullable_lookup(self, stmt: ir.VarDecl, name: str, init: ir.LibraryCall) -> None:
        """Java's ``Integer v = map.get(k)`` (null when ``k`` is absent) as a flag and a value.

        ``bool has_v = m.count(k) > 0; int v = has_v ? m[k] : 0;`` and ``v == null`` reads
        ``!has_v``. Exact while ``v`` is never assigned again (the flag would not follow) and is
        only used as a value where it is not null (Java would throw there; C++ reads 0).
        """
        container, key, _ = init.args
        assert self.current is not None and container is not None and key is not None
        reassigned = any(
            isinstance(node, ir.AssignExpr | ir.IncDec)
            and isinstance(node.target, ir.Name)
            and node.target.id == stmt.name
            for node in ir.walk(self.current.body)
        )
        if reassigned or any(isinstance(node, ir.AssignExpr | ir.IncDec | ir.Call) for node in ir.walk(key)):
            raise self.unsupported(init, "a map lookup that may be null (C++ values cannot be null)")
        flag = self.temp(f"has_{name}")
        self.scopes[-1][stmt.name + _PRESENT] = flag
        text, key_text = self.expr(container, POSTFIX), self.expr(key)
        zero = self.zero(stmt.type) or f"{self.type_name(stmt.type)}()"
        self.emit(f"bool {flag} = {text}.count({key_text}) > 0;")
        self.emit(f"{self.type_name(stmt.type)} {name} = {flag} ? {text}[{key_text}] : {zero};")

    def constructor_args(self, init: ir.NewArray | ir.NewContainer) -> str:
        if isinstance(init, ir.NewContainer):
            assert init.size is not None and isinstance(init.type, t.ListType)
            fill = self.expr(init.fill) if init.fill is not None else self.zero(init.type.element)
            return f"{self.expr(init.size)}, {fill}"
        dims = list(init.dims)
        element = init.type
        for _ in dims:
            element = t.element_type(element)
        fill = (
            self.expr(init.fill)
            if init.fill is not None
            else self.zero(element) or f"{self.type_name(element)}()"
        )
        text = f"{self.expr(dims[-1])}, {fill}"
        inner_type = element
        for dim in reversed(dims[:-1]):
            inner_type = t.ArrayType(inner_type)
            text = f"{self.expr(dim)}, {self.type_name(inner_type)}({text})"
        return text

    def zero(self, type_: t.Type) -> str:
        if isinstance(type_, t.StringType):
            return '""'
        if isinstance(type_, (*t.CONTAINER_TYPES, t.ArrayType, t.PairType, t.TupleType)):
            return ""
        return super().zero(type_)

    def null(self) -> str:
        return "nullptr"

    def library_statement(self, call: ir.LibraryCall) -> bool:
        row = STATEMENTS.get(call.op)
        if row is None:
            return False
        row(self, call)
        return True

    def text_of(self, piece: ir.Expr) -> str:
        if (
            isinstance(piece, ir.LibraryCall)
            and piece.op == L.TO_STRING
            and piece.args[0] is not None
            and isinstance(piece.args[0].type, t.CharType)
        ):
            return self.expr(piece.args[0])
        return self.expr(piece)

    def iterators(self, seq: ir.Expr, begin: ir.Expr | None, end: ir.Expr | None) -> tuple[str, str]:
        if isinstance(seq, ir.Name) and seq.id in self.c_arrays:
            if end is None:
                raise self.unsupported(seq, f"the length of array parameter '{seq.id}' is unknown in C++")
            base = self.expr(seq)
            first = base if begin is None else f"{base} + {self.expr(begin, PREC[B.ADD] + 1)}"
            return first, f"{base} + {self.expr(end, PREC[B.ADD] + 1)}"
        base = self.expr(seq, POSTFIX)
        if begin is not None and end is not None and self.is_c_array(seq):
            # An `int arr[]` parameter is a pointer: its iterators are arr + i.
            start = (
                base
                if isinstance(begin, ir.IntLiteral) and begin.value == 0
                else f"{base} + {self.expr(begin, PREC[B.ADD] + 1)}"
            )
            return start, f"{base} + {self.expr(end, PREC[B.ADD] + 1)}"
        first = (
            f"{base}.begin()" if begin is None else f"{base}.begin() + {self.expr(begin, PREC[B.ADD] + 1)}"
        )
        last = f"{base}.end()" if end is None else f"{base}.begin() + {self.expr(end, PREC[B.ADD] + 1)}"
        return first, last

    def is_c_array(self, seq: ir.Expr) -> bool:
        """Whether ``seq`` is a parameter printed as a C array (``int arr[]``)."""
        if not isinstance(seq, ir.Name) or self.current is None:
            return False
        return any(
            p.name == seq.id
            and isinstance(p.type, t.ArrayType)
            and not isinstance(p.type.element, t.ArrayType)
            and not self.needs_length(p)
            for p in self.current.params
        )

    def lambda_text(self, expr: ir.Expr | None) -> str:
        if not isinstance(expr, ir.Lambda) or isinstance(expr.body, ir.Block):
            raise self.unsupported(expr or ir.Block(()), "comparator")
        params = ", ".join(
            f"{self.type_name(p.type)} {p.name}"
            if t.is_numeric(p.type) or isinstance(p.type, t.BoolType)
            else f"const {self.type_name(p.type)}& {p.name}"
            for p in expr.params
        )
        return f"[{_capture(expr)}]({params}) {{ return {self.expr(expr.body)}; }}"

    # -- expressions -------------------------------------------------------------------------------
    def expr_Name(self, expr: ir.Name) -> tuple[str, int]:
        if id(expr) in self.nullable.checked:  # a parameter that may be null, known not to be here
            return (f"*{self.name(expr.id)}", UNARY)
        if id(expr) in self.nullable.dereferenced:  # dereferenced where it may be null: Java's NPE
            self.imports.add("java_deref")
            return (f"java_deref({self.name(expr.id)})", POSTFIX)
        return super().expr_Name(expr)

    def render(self, expr: ir.Expr) -> tuple[str, int]:
        if bigint.involves(expr):
            return bigint.render(self, expr)
        return super().render(expr)

    def expr_IntLiteral(self, expr: ir.IntLiteral) -> tuple[str, int]:
        if expr.value == -(2**31) and expr.type == t.INT:
            # `-2147483648` negates the long 2147483648: max(-2147483648, x) of an int x did not build
            return ("(-2147483647 - 1)", ATOM)
        big = not -(2**31) <= expr.value < 2**31
        suffix = "LL" if big else ""
        return (f"{expr.value}{suffix}", ATOM if expr.value >= 0 else UNARY)

    def expr_Conditional(self, expr: ir.Conditional) -> tuple[str, int]:
        if not isinstance(expr.type, t.OptionalType):
            return super().expr_Conditional(expr)
        # `c ? 5 : nullopt` has no common type in C++: each value is made the optional.
        then, otherwise = (
            f"{self.type_name(expr.type)}({self.expr(branch.operand)})"
            if isinstance(branch, ir.Cast) and isinstance(branch.type, t.OptionalType)
            else self.expr(branch, 3)
            for branch in (expr.then, expr.otherwise)
        )
        return (f"{self.expr(expr.condition, 3)} ? {then} : {otherwise}", 2)

    def expr_NullLiteral(self, expr: ir.NullLiteral) -> tuple[str, int]:
        if id(expr) in self.nullable.absent:  # stored into an optional local (cpp/nullable.py)
            return ("nullopt", ATOM)
        return ("nullopt" if isinstance(expr.type, t.OptionalType) else "nullptr", ATOM)

    def expr_Binary(self, expr: ir.Binary) -> tuple[str, int]:
        op = expr.op
        left, right = expr.left, expr.right
        # shared_ptr, and std::function: empty is Java's null function (calling it throws)
        nullable = any(isinstance(side.type, t.ClassType | t.FunctionType) for side in (left, right))
        optional = next((s for s in (left, right) if isinstance(s.type, t.OptionalType) and not isinstance(s, ir.NullLiteral)), None)
        if optional is not None and (isinstance(left, ir.NullLiteral) or isinstance(right, ir.NullLiteral)):
            text = f"{self.expr(optional, POSTFIX)}.has_value()"  # a Python optional `x is not None`
            return (text, POSTFIX) if op == B.NE else (f"!{text}", UNARY)
        if (isinstance(left, ir.NullLiteral) or isinstance(right, ir.NullLiteral)) and not nullable:
            if null_compared(expr) in self.nullable.names and op in (B.EQ, B.NE):
                value = right if isinstance(left, ir.NullLiteral) else left
                text = f"{self.expr(value, POSTFIX)}.has_value()"
                return (text, POSTFIX) if op == B.NE else (f"!{text}", UNARY)
            value = right if isinstance(left, ir.NullLiteral) else left
            flag = None
            if isinstance(value, ir.Name) and self.name(value.id + _PRESENT) != self.safe(value.id + _PRESENT):
                flag = self.name(value.id + _PRESENT)  # the variable's presence flag is in scope
            if flag is None or op not in (B.EQ, B.NE):
                raise self.unsupported(expr, "comparison of a value with null")
            return (flag, ATOM) if op == B.NE else (f"!{flag}", UNARY)
        if op == B.FLOOR_DIV or op == B.FLOOR_MOD:
            # Python's // and % round toward negative infinity; C++'s toward zero: a helper says which.
            helper = "floor_div" if op == B.FLOOR_DIV else "floor_mod"
            self.imports.add(helper)
            return (f"{helper}({self.expr(left)}, {self.expr(right)})", POSTFIX)
        if op == B.FMOD:
            return (f"fmod({self.expr(left)}, {self.expr(right)})", POSTFIX)
        if op == B.USHR:
            type_ = expr.type if isinstance(expr.type, t.IntType) else t.INT
            unsigned = t.IntType(type_.bits or 64, False)
            cast = ir.Cast(left, type=unsigned)
            text = f"{self.expr(cast, PREC[B.SHR])} >> {self.expr(right, PREC[B.SHR] + 1)}"
            return (f"({self.type_name(type_)}) ({text})", UNARY)
        if op == B.SHL and isinstance(left, ir.IntLiteral) and _bits(left.type) == 64:
            # Java's `1L << 40` shifts a long; C++'s `1 << 40` an int
            return (f"{left.value}LL << {self.expr(right, PREC[B.SHL] + 1)}", PREC[B.SHL])
        left = widened_left(expr) or left  # Java's `a * 1L * b` is a long product (promotions.py)
        if op == B.DIV and t.is_integral(left.type) and t.is_integral(right.type):
            left = ir.Cast(left, type=t.DOUBLE)
        if op == B.ADD and isinstance(expr.type, t.StringType):
            if not isinstance(left.type, t.StringType) and not isinstance(right.type, t.StringType):
                left = ir.Cast(left, type=t.STRING)
            left = self.stringish(left)
            right = self.stringish(right)
            if _literal_text(right) and (_literal_text(left) or isinstance(left.type, t.CharType)):
                left = ir.Cast(left, type=t.STRING)  # `"a" + (c ? "b" : "c")`, `c + "|"` add pointers in C++
            if _literal_text(left) and not (isinstance(right.type, t.StringType) and not isinstance(right, ir.StringLiteral)):
                # "a" + "b", "a" + 'c' and (b ? "true" : "false") + " " are not string concatenation in C++
                left = ir.Cast(left, type=t.STRING)
        return super().expr_Binary(ir.Binary(op, left, right, type=expr.type, location=expr.location))

    def stringish(self, expr: ir.Expr) -> ir.Expr:
        if (
            isinstance(expr, ir.LibraryCall)
            and expr.op == L.TO_STRING
            and expr.args[0] is not None
            and isinstance(expr.args[0].type, t.CharType)
        ):
            return expr.args[0]
        if isinstance(expr, ir.StringLiteral):
            return expr
        return expr

    def expr_StringLiteral(self, expr: ir.StringLiteral) -> tuple[str, int]:
        text, prec = super().expr_StringLiteral(expr)
        if "\0" in expr.value:  # a C string ends at its first NUL: the length keeps the rest
            return (f"string({text}, {len(expr.value)})", POSTFIX)
        return (text, prec)

    def expr_Cast(self, expr: ir.Cast) -> tuple[str, int]:
        source, target, operand = expr.operand.type, expr.type, expr.operand
        if isinstance(source, t.OptionalType) and not isinstance(target, t.OptionalType):
            return (f"*{self.expr(operand, UNARY)}", UNARY)  # shown to hold a value (python/frontend/optionals.py)
        if isinstance(target, t.OptionalType) and not isinstance(source, t.OptionalType):
            return self.render(operand)  # converted implicitly (a conditional spells it: expr_Conditional)
        if (
            isinstance(target, t.CharType)
            and isinstance(operand, ir.Wrap)
            and not any(isinstance(getattr(node, "type", None), t.CharType) for node in ir.walk(operand))
        ):
            # a Java char is 16 bits: an arbitrary int made one keeps values a C++ char cannot
            raise self.unsupported(expr, "an integer converted to a Java char (C++ chars hold 8 bits)")
        if isinstance(target, t.StringType):
            if isinstance(source, t.CharType):
                return (f"string(1, {self.expr(operand)})", POSTFIX)
            if isinstance(operand, ir.StringLiteral) or (
                isinstance(operand, ir.Conditional) and isinstance(operand.then, ir.StringLiteral)
            ):
                return (f"string({self.expr(operand)})", POSTFIX)
            return self.render(operand)
        if source == target or (not t.is_numeric(target) and not isinstance(target, t.BoolType)):
            return self.render(operand)
        if isinstance(target, t.BoolType):
            return (
                self.render(operand)
                if isinstance(source, t.BoolType)
                else (f"{self.expr(operand, 9)} != 0", 8)
            )
        if isinstance(source, t.BoolType) and isinstance(target, t.IntType):
            return self.render(operand)
        return (f"({self.type_name(target)}) {self.expr(operand, UNARY)}", UNARY)

    def expr_Wrap(self, expr: ir.Wrap) -> tuple[str, int]:
        """A value reduced into its type. C++ unsigned arithmetic and integer conversions do that
        themselves; signed arithmetic that may overflow (a Java source's) is undefined in C++, so
        it is computed in the unsigned type of its width and converted back (modular in g++, and
        in every compiler from C++20)."""
        type_, operand = expr.type, expr.operand
        assert isinstance(type_, t.IntType) and type_.bits is not None
        if operand.type != type_:
            return self.render(ir.Cast(operand, type=type_))
        if not type_.signed:
            return self.render(operand)
        wide = t.IntType(64)
        if isinstance(operand, ir.LibraryCall) and operand.op == L.ABS and type_.bits < 64:
            argument = operand.args[0]
            assert argument is not None
            inner = ir.LibraryCall(L.ABS, (ir.Cast(argument, type=wide),), type=wide)
            return self.render(ir.Cast(inner, type=type_))
        if isinstance(operand, ir.Binary) and operand.op == B.TRUNC_DIV and type_.bits < 64:
            inner_div = ir.Binary(B.TRUNC_DIV, ir.Cast(operand.left, type=wide), operand.right, type=wide)
            return self.render(ir.Cast(inner_div, type=type_))
        unsigned = t.IntType(type_.bits, False)
        tree = _as_unsigned(operand, type_, unsigned)
        if tree is None:
            raise self.unsupported(expr, f"{operand.type} arithmetic that may overflow")
        return self.render(ir.Cast(tree, type=type_))

    def expr_Index(self, expr: ir.Index) -> tuple[str, int]:
        return (f"{self.expr(expr.base, POSTFIX)}[{self.expr(expr.index)}]", POSTFIX)

    def expr_ArrayLiteral(self, expr: ir.ArrayLiteral) -> tuple[str, int]:
        return ("{" + ", ".join(self.expr(e) for e in expr.elements) + "}", ATOM)

    def expr(self, expr: ir.Expr | None, min_prec: int = 0) -> str:
        # A braced list initialises; indexed or measured (Python's `[i - 3][j]`) it needs its type.
        if isinstance(expr, ir.ArrayLiteral) and min_prec >= POSTFIX:
            element = t.element_type(expr.type)
            return f"{self.type_name(t.ListType(element))}{super().expr(expr)}"
        return super().expr(expr, min_prec)

    def expr_NewArray(self, expr: ir.NewArray) -> tuple[str, int]:
        return (f"{self.type_name(expr.type)}({self.constructor_args(expr)})", POSTFIX)

    def expr_NewContainer(self, expr: ir.NewContainer) -> tuple[str, int]:
        if expr.size is not None:
            return (f"{self.type_name(expr.type)}({self.constructor_args(expr)})", POSTFIX)
        if _hash_ordered(expr.type) and expr.capacity is not None:
            return (f"{self.type_name(expr.type)}({self.expr(expr.capacity)})", POSTFIX)
        if expr.source is not None:
            source = expr.source
            if isinstance(source, ir.ArrayLiteral) and _hash_ordered(expr.type):
                raise self.unsupported(expr, "a HashSet of listed values iterated in Java's order")
            if isinstance(source, ir.ArrayLiteral):
                return (f"{self.type_name(expr.type)}{self.expr(source)}", POSTFIX)
            text = self.expr(source, POSTFIX)
            return (f"{self.type_name(expr.type)}({text}.begin(), {text}.end())", POSTFIX)
        return (f"{self.type_name(expr.type)}()", POSTFIX)

    def expr_Call(self, expr: ir.Call) -> tuple[str, int]:
        """A call of a function template with its type arguments spelled (``pick<string>(v, 0, "")``):
        C++ would deduce ``const char*`` from a literal, or two types from an int and a long."""
        from transcoder.engines.rules.cpp.frontend.templates import deduce_all

        callee = next((f for f in self.ir_module.functions if f.name == expr.function), None)
        if callee is not None and any(isinstance(a, ir.NullLiteral) for a in expr.args):
            names = self.nullable_of(callee).names  # null passed for a parameter that may be null
            pairs = list(zip(callee.params, expr.args, strict=False))
            if any(isinstance(a, ir.NullLiteral) and p.name in names for p, a in pairs):
                spelled = (
                    "nullopt" if isinstance(a, ir.NullLiteral) and p.name in names else self.expr(a) for p, a in pairs
                )
                return (f"{expr.function}({', '.join(spelled)})", POSTFIX)
        params = t.TupleType(tuple(p.type for p in callee.params)) if callee is not None else t.TupleType(())
        variables = t.type_variables(params)
        if callee is None or not variables:
            return super().expr_Call(expr)
        bound: dict[str, t.Type] = {}
        deduce_all(params.elements, expr.args, bound)
        if any(bound.get(v, t.UNKNOWN) == t.UNKNOWN for v in variables):
            return super().expr_Call(expr)  # the template's own parameters: C++ deduces them
        arguments = ", ".join(self.type_name(bound[v]) for v in variables)
        return (f"{expr.function}<{arguments}>({', '.join(self.expr(a) for a in expr.args)})", POSTFIX)

    def expr_Lambda(self, expr: ir.Lambda) -> tuple[str, int]:
        return (self.lambda_text(expr), ATOM)

    def expr_LibraryCall(self, call: ir.LibraryCall) -> tuple[str, int]:
        row = EXPRESSIONS.get(call.op)
        if row is None:
            raise self.unsupported(call, f"library operation {call.op.value}")
        if isinstance(row, Form):
            return self.form(row, call)
        return row(self, call)


def _capture(made: ir.Lambda) -> str:
    """``=`` where the lambda reads variables of its function, all numbers, chars, bools, strings
    or function values: copies of values that never change (Java captures only effectively final
    variables), safe to keep after the function returns; else nothing (a comparator reading no
    variable)."""
    params = {p.name for p in made.params}
    captured = [n for n in ir.walk(made.body) if isinstance(n, ir.Name) and n.id not in params]
    values = t.IntType | t.FloatType | t.BoolType | t.CharType | t.StringType | t.FunctionType
    return "=" if captured and all(isinstance(n.type, values) for n in captured) else ""


def _as_unsigned(expr: ir.Expr, signed: t.Type, unsigned: t.IntType) -> ir.Expr | None:
    """``expr``, a chain of ``+ - * <<`` and negation of the type ``signed``, computed in
    ``unsigned`` (each operation with an operand of that type); None for another operation."""
    if isinstance(expr, ir.Binary) and expr.op in (B.ADD, B.SUB, B.MUL, B.SHL):
        left = _unsigned_operand(expr.left, signed, unsigned)
        right = expr.right if expr.op == B.SHL else _unsigned_operand(expr.right, signed, unsigned)
        if left is None or right is None:
            return None
        if expr.op == B.SHL or (left.type != unsigned and right.type != unsigned):
            left = left if left.type == unsigned else ir.Cast(left, type=unsigned)
        return ir.Binary(expr.op, left, right, type=unsigned, location=expr.location)
    if isinstance(expr, ir.Unary) and expr.op in (ir.UnaryOp.NEG, ir.UnaryOp.POS, ir.UnaryOp.BIT_NOT):
        operand = _unsigned_operand(expr.operand, signed, unsigned)
        if operand is None:
            return None
        operand = operand if operand.type == unsigned else ir.Cast(operand, type=unsigned)
        return ir.Unary(expr.op, operand, type=unsigned, location=expr.location)
    return None


def _unsigned_operand(expr: ir.Expr, signed: t.Type, unsigned: t.IntType) -> ir.Expr | None:
    if expr.type == signed and (
        isinstance(expr, ir.Unary)
        or (isinstance(expr, ir.Binary) and expr.op in (B.ADD, B.SUB, B.MUL, B.SHL))
    ):
        return _as_unsigned(expr, signed, unsigned)
    return expr  # a value of the type (or narrower): converted by the operation's other operand


def _literal_text(expr: ir.Expr) -> bool:
    """A string literal, or a choice between two (a ``const char*`` in C++, not a ``string``)."""
    if isinstance(expr, ir.Conditional):
        return _literal_text(expr.then) and _literal_text(expr.otherwise)
    return isinstance(expr, ir.StringLiteral)


def _hash_ordered(type_: t.Type) -> bool:
    return isinstance(type_, t.SetType | t.MapType) and type_.order is t.Order.JAVA_HASH


def _bits(type_: t.Type) -> int | None:
    return type_.bits if isinstance(type_, t.IntType) else None


_PRESENT = "\0present"  # scope key of the flag saying whether a nullable lookup found its key


def _callees_first(functions: Sequence[ir.Function]) -> tuple[list[ir.Function], set[str]]:
    """``functions`` reordered so that each comes after the functions it calls (source order
    otherwise), and the names called before their definition (mutual recursion)."""
    by_name = {f.name: f for f in functions}
    calls = {
        f.name: list(dict.fromkeys(n.function for n in ir.walk(f.body) if isinstance(n, ir.Call) and n.function in by_name))
        for f in functions
    }  # fmt: skip
    order: list[ir.Function] = []
    state: dict[str, str] = {}

    def visit(name: str) -> None:
        if name in state:
            return
        state[name] = "open"
        for callee in calls[name]:
            visit(callee)
        state[name] = "done"
        order.append(by_name[name])

    for function in functions:
        visit(function.name)
    position = {f.name: i for i, f in enumerate(order)}
    forward = {callee for f in order for callee in calls[f.name] if position[callee] > position[f.name]}
    return order, forward


def to_cpp(
    module: ir.Module, declarations: dict[str, Declaration] | None = None, comments: Comments | None = None
) -> str:
    """C++ source for ``module`` (free functions; globals as namespace-scope variables);
    ``declarations`` print pinned functions' declarations as spelled (see interface.py);
    ``comments``: the source's, printed beside the statements they sit next to."""
    check_operands(module, "C++")  # a Python source's ill-typed operands: refused, not printed
    check_chars(module)  # characters outside ASCII: refused (cpp/chars.py)
    backend = CppBackend(module)
    backend.declarations = declarations or {}
    backend.notes = CommentPrinter(comments, "//") if comments is not None else None
    return backend.render_module()


__all__ = ["to_cpp"]


def _rebound(function: ir.Function, names: set[str]) -> bool:
    """Whether ``function`` assigns a whole new value to any of ``names``."""
    return any(
        isinstance(node, ir.AssignExpr) and node.op is None and isinstance(node.target, ir.Name)
        and node.target.id in names
        for node in ir.walk(function.body)
    )  # fmt: skip
