"""Java back end: prints an ``ir.Module`` as static methods (and ``static final`` fields).

A single function prints as a bare ``static`` method, so a caller can drop it into its class;
several functions and globals print in source order. Containers use the interfaces on the left
(``List<Integer> v = new ArrayList<>()``), arrays stay arrays, ``map[key]++`` becomes
``merge(key, 1, Integer::sum)``. Unsigned C++ integers map to Java's signed types with ``>>>``
for right shifts (exact while values stay below 2**31; see docs/rules.md).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.analysis.names import assigned_names, swap_positions_to_fix, with_positions
from transcoder.engines.rules.cfamily.backend import ATOM, POSTFIX, PREC, UNARY, CFamilyBackend, _widening
from transcoder.engines.rules.java.printing import FORMS

if TYPE_CHECKING:
    from transcoder.engines.rules.interface import Declaration

L = ir.LibOp
B = ir.BinaryOp

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


class JavaBackend(CFamilyBackend):
    target_name = "Java"

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
            declaration = self.declaration(function)
            result = declaration.result.java() if declaration is not None else None
            self.boxed = declaration.boxed if declaration is not None else frozenset()
            header = f"static {result or self.type_name(function.return_type)} {function.name}({{params}})"
            functions.append(self.function_text(function, header))
        helpers = sorted(self.imports - {i for i in self.imports if i.startswith("import")})
        parts = ([globals_text] if globals_text else []) + functions + [HELPERS[h] for h in helpers]
        return "\n\n".join(parts) + "\n"

    # -- types ---------------------------------------------------------------------------------------
    def type_name(self, type_: t.Type, boxed: bool = False) -> str:
        name = self._type_name(type_)
        return _BOXED.get(name, name) if boxed else name

    def _type_name(self, type_: t.Type) -> str:
        if isinstance(type_, t.IntType):
            if type_.bits is None:
                return "long"
            return {8: "byte", 16: "short", 32: "int", 64: "long"}[type_.bits]
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
        if isinstance(type_, t.PairType):
            return f"AbstractMap.SimpleEntry<{self.type_name(type_.first, True)}, {self.type_name(type_.second, True)}>"
        raise UnsupportedType(type_)

    def param(self, param: ir.Param) -> str:
        if param.by_reference and isinstance(
            param.type, t.IntType | t.FloatType | t.BoolType | t.CharType | t.StringType
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
        type_text = self.type_name(stmt.type)
        init = stmt.init
        if isinstance(init, ir.NewArray) and init.fill is not None and len(init.dims) in (1, 2):
            # `new int[n][m]` then Arrays.fill of each row: Java arrays start zeroed
            name = self.declare(stmt.name)
            bare = dataclasses.replace(init, fill=None)
            self.emit(f"{type_text} {name} = {self.expr(bare)};")
            value = self.expr(self.top_value(init.fill, _scalar(stmt.type)))
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
            self.emit(
                f"{self.expr(target.base, POSTFIX)}.merge({self.expr(target.index)}, {expr.delta}, {self.sum_ref(target.base.type.value)});"
            )
            return True
        if isinstance(target, ir.Index) and isinstance(target.base.type, t.ListType):
            base = self.expr(target.base, POSTFIX)
            index = self.expr(target.index)
            self.emit(f"{base}.set({index}, {base}.get({index}) {'+' if expr.delta > 0 else '-'} 1);")
            return True
        return False

    def sum_ref(self, type_: t.Type) -> str:
        return f"{self.type_name(type_, True)}::sum"

    def assignment_statement(self, expr: ir.AssignExpr) -> bool:
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
            key = self.expr(target.index)
            if expr.op is None:
                self.emit(f"{base}.put({key}, {self.expr(self.top_value(expr.value, target.type))});")
            elif expr.op == B.ADD:
                self.emit(
                    f"{base}.merge({key}, {self.expr(expr.value)}, {self.sum_ref(target.base.type.value)});"
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
            from transcoder.engines.rules.python.backend import _plus

            index = self.expr(target.index)
            after = self.expr(_plus(target.index, 1))
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
        op, args = call.op, call.args
        if op == L.SWAP:
            a, b = args
            assert a is not None and b is not None
            replaced: dict[ir.Expr, ir.Expr] = {}
            for position in swap_positions_to_fix(a, b):
                index = self.temp("index")
                self.emit(f"{self.type_name(position.type)} {index} = {self.expr(position)};")
                replaced[position] = ir.Name(index, type=position.type)
            a, b = with_positions(a, replaced), with_positions(b, replaced)
            temp = self.temp()
            self.emit(f"{self.type_name(a.type)} {temp} = {self.expr(a)};")
            self.stmt_ExprStmt(ir.ExprStmt(ir.AssignExpr(a, b, type=a.type)))
            self.stmt_ExprStmt(ir.ExprStmt(ir.AssignExpr(b, ir.Name(temp, type=a.type), type=a.type)))
            return True
        if op in (L.SORT, L.SORT_DESC):
            self.sort(call)
            return True
        if op == L.LIST_REMOVE_VALUE:
            seq, value = args
            assert seq is not None and value is not None
            boxed = self.type_name(value.type, boxed=True) if not isinstance(value.type, t.StringType) else ""
            cast = f"({boxed}) " if boxed else ""
            self.emit(f"{self.expr(seq, POSTFIX)}.remove({cast}{self.expr(value, UNARY)});")
            return True
        if op == L.REVERSE:
            seq, begin, end = args
            assert seq is not None
            if isinstance(seq.type, t.ListType) and begin is None and end is None:
                self.emit(f"Collections.reverse({self.expr(seq)});")
            elif isinstance(seq.type, t.StringType) and begin is None and end is None:
                text = self.expr(seq, POSTFIX)
                self.emit(f"{text} = new StringBuilder({text}).reverse().toString();")
            elif isinstance(seq.type, t.ArrayType):
                self.reverse_array(seq, begin, end)
            else:
                raise self.unsupported(call, "reverse of part of a list or string")
            return True
        if op == L.FILL:
            seq, value, begin, end = args
            assert seq is not None and value is not None
            if isinstance(seq.type, t.ListType):
                if begin is not None or end is not None:
                    raise self.unsupported(call, "fill of part of a list")
                self.emit(f"Collections.fill({self.expr(seq)}, {self.expr(value)});")
                return True
            depth = 0
            inner = seq.type
            while isinstance(inner, t.ArrayType) and isinstance(inner.element, t.ArrayType):
                depth += 1
                inner = inner.element
            if depth and (begin is not None or end is not None):
                raise self.unsupported(call, "fill of part of a 2-D array")
            target = self.expr(seq)
            row_type = seq.type
            for _ in range(depth):
                row_type = row_type.element  # type: ignore[attr-defined]
                row = self.temp("row")
                self.emit(f"for ({self.type_name(row_type)} {row} : {target}) {{")
                self.indent += 1
                target = row
            bounds = (
                f"{self.expr(begin) if begin is not None else '0'}, {self.expr(end) if end is not None else target + '.length'}, "
                if begin is not None or end is not None
                else ""
            )
            fill = self.cast_to(value, _scalar(seq.type))
            if self.boxed_array(seq) and value.type != _scalar(seq.type):
                fill = ir.Cast(value, type=_scalar(seq.type))  # a Long[] takes no int (0L, not 0)
            self.emit(f"Arrays.fill({target}, {bounds}{self.expr(fill)});")
            for _ in range(depth):
                self.indent -= 1
                self.emit("}")
            return True
        if op == L.STR_APPEND:
            target, piece = args
            assert target is not None and piece is not None
            if isinstance(target.type, t.StringBuilderType):
                self.emit(f"{self.expr(target, POSTFIX)}.append({self.expr(piece)});")
            else:
                if isinstance(target, ir.Index):
                    raise self.unsupported(call, "append to a string inside a container")
                if not isinstance(piece.type, t.StringType | t.CharType):
                    piece_text = (
                        f"String.valueOf({self.expr(piece)})"
                        if isinstance(piece.type, t.IntType | t.FloatType)
                        else self.expr(piece)
                    )
                else:
                    piece_text = self.expr(piece)
                self.emit(f"{self.expr(target, POSTFIX)} += {piece_text};")
            return True
        if op == L.PRINT:
            pieces = [a for a in args if a is not None]
            newline = (
                bool(pieces) and isinstance(pieces[-1], ir.StringLiteral) and pieces[-1].value.endswith("\n")
            )
            if newline:
                last = pieces.pop()
                assert isinstance(last, ir.StringLiteral)
                if last.value[:-1]:
                    pieces.append(ir.StringLiteral(last.value[:-1], type=t.STRING))
            texts = [self.expr(p, 12) for p in pieces]
            if len(pieces) > 1 and not isinstance(pieces[0].type, t.StringType):
                texts[0] = f"String.valueOf({self.expr(pieces[0])})"  # so that `+` concatenates
            self.emit(f"System.out.{'println' if newline else 'print'}({' + '.join(texts)});")
            return True
        if op == L.LIST_POP_BACK:
            seq = args[0]
            assert seq is not None
            if isinstance(seq.type, t.StringType):
                text = self.expr(seq, POSTFIX)
                self.emit(f"{text} = {text}.substring(0, {text}.length() - 1);")
                return True
            return False
        return False

    def reverse_array(self, seq: ir.Expr, begin: ir.Expr | None, end: ir.Expr | None) -> None:
        arr = self.expr(seq, POSTFIX)
        i, j, tmp = self.temp("i"), self.temp("j"), self.temp("temp")
        start = self.expr(begin) if begin is not None else "0"
        last = f"{self.expr(end, PREC[B.SUB])} - 1" if end is not None else f"{arr}.length - 1"
        element = self.type_name(t.element_type(seq.type))
        self.emit(f"for (int {i} = {start}, {j} = {last}; {i} < {j}; {i}++, {j}--) {{")
        self.indent += 1
        self.emit(f"{element} {tmp} = {arr}[{i}];")
        self.emit(f"{arr}[{i}] = {arr}[{j}];")
        self.emit(f"{arr}[{j}] = {tmp};")
        self.indent -= 1
        self.emit("}")

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
                self.reverse_array(seq, begin, end)
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
            text = self.expr(seq, POSTFIX)
            chars = self.temp("chars")
            self.emit(f"char[] {chars} = {text}.toCharArray();")
            sub = ir.Name(chars, type=t.ArrayType(t.CHAR))
            self.scopes[-1][chars] = chars
            self.sort(ir.LibraryCall(call.op, (sub, begin, end, *call.args[3:]), type=t.VOID))
            self.emit(f"{text} = new String({chars});")
            return
        raise self.unsupported(call, f"sorting a {seq.type}")

    def comparator(self, comparator: ir.Expr) -> str:
        if not isinstance(comparator, ir.Lambda) or isinstance(comparator.body, ir.Block):
            raise self.unsupported(comparator, "comparator")
        a, b = (self.name(p.name) for p in comparator.params)
        before = self.expr(comparator.body)
        from transcoder.engines.rules.python.backend import _substitute

        swapped = _substitute(
            comparator.body,
            {
                comparator.params[0].name: comparator.params[1].name,
                comparator.params[1].name: comparator.params[0].name,
            },
        )
        after = self.expr(swapped)
        return f"({a}, {b}) -> {before} ? -1 : {after} ? 1 : 0"

    # -- expressions -------------------------------------------------------------------------------
    def expr_IntLiteral(self, expr: ir.IntLiteral) -> tuple[str, int]:
        suffix = "L" if isinstance(expr.type, t.IntType) and (expr.type.bits or 64) > 32 else ""
        if (
            isinstance(expr.type, t.IntType)
            and not expr.type.signed
            and expr.value >= 2**31
            and (expr.type.bits or 64) <= 32
        ):
            return (str(expr.value - 2**32), UNARY)
        return (f"{expr.value}{suffix}", ATOM if expr.value >= 0 else UNARY)

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

    def expr_Binary(self, expr: ir.Binary) -> tuple[str, int]:
        op = expr.op
        left, right = expr.left, expr.right
        if (
            op in (B.EQ, B.NE)
            and isinstance(left.type, t.StringType | t.PairType)
            and isinstance(right.type, t.StringType | t.PairType)
        ):
            text = f"{self.expr(left, POSTFIX)}.equals({self.expr(right)})"
            return (text, POSTFIX) if op == B.EQ else (f"!{text}", UNARY)
        if op in (B.LT, B.LE, B.GT, B.GE) and isinstance(left.type, t.StringType):
            return (f"{self.expr(left, POSTFIX)}.compareTo({self.expr(right)}) {op.value} 0", PREC[op])
        if op in (B.EQ, B.NE) and self.is_boxed(left) and self.is_boxed(right) and t.is_numeric(left.type):
            # Two Integer objects compare by identity with ==: unbox one side.
            text = f"({self.type_name(left.type)}) {self.expr(left, UNARY)} {op.value} {self.expr(right, 9)}"
            return (text, PREC[op])
        if op in (B.ADD, B.SUB, B.MUL, B.TRUNC_DIV, B.TRUNC_MOD, B.DIV) and not isinstance(
            expr.type, t.StringType
        ):
            left = _bool_to_int(left)
            right = _bool_to_int(right)
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
            left, right = _bool_to_int(left), _bool_to_int(right)
        return super().expr_Binary(ir.Binary(op, left, right, type=expr.type, location=expr.location))

    def expr_Cast(self, expr: ir.Cast) -> tuple[str, int]:
        source, target, operand = expr.operand.type, expr.type, expr.operand
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
        if self.is_boxed(operand) and not _widening(source, target) and t.is_numeric(source):
            # A narrowing cast does not unbox (`(int) aLong` is an error): ask the object.
            primitive = "int" if isinstance(target, t.CharType) else self.type_name(target)
            value = f"{self.expr(operand, POSTFIX)}.{primitive}Value()"
            return (f"(char) {value}", UNARY) if isinstance(target, t.CharType) else (value, POSTFIX)
        if isinstance(operand, ir.IntLiteral) and isinstance(target, t.IntType):
            return self.render(ir.IntLiteral(operand.value, type=target))
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
        if isinstance(target, t.IntType) and isinstance(source, t.IntType) and target.bits == source.bits:
            return self.render(operand)  # signedness only: Java has one representation
        return (f"({self.type_name(target)}) {self.expr(operand, UNARY)}", UNARY)

    def expr_Index(self, expr: ir.Index) -> tuple[str, int]:
        base = self.expr(expr.base, POSTFIX)
        if isinstance(expr.base.type, t.StringType):
            return (f"{base}.charAt({self.expr(expr.index)})", POSTFIX)
        if isinstance(expr.base.type, t.ListType):
            return (f"{base}.get({self.expr(expr.index)})", POSTFIX)
        if isinstance(expr.base.type, t.MapType):
            value = expr.base.type.value
            # a Map<K, Long> needs a long default (0L), which Java does not widen from 0
            zero = (
                self.expr(ir.IntLiteral(0, type=value)) if isinstance(value, t.IntType) else self.zero(value)
            )
            return (f"{base}.getOrDefault({self.expr(expr.index)}, {zero})", POSTFIX)
        return (f"{base}[{self.expr(expr.index)}]", POSTFIX)

    def expr_ArrayLiteral(self, expr: ir.ArrayLiteral) -> tuple[str, int]:
        inner = ", ".join(self.expr(e) for e in expr.elements)
        if isinstance(expr.type, t.ListType):
            return (f"new ArrayList<>(Arrays.asList({inner}))", POSTFIX)
        return (f"new {self.type_name(expr.type)} {{{inner}}}", POSTFIX)

    def expr_NewArray(self, expr: ir.NewArray) -> tuple[str, int]:
        scalar = expr.type
        for _ in expr.dims:
            scalar = t.element_type(scalar)
        dims = "".join(f"[{self.expr(d)}]" for d in expr.dims)
        extra = "[]" * _array_depth(scalar)
        if expr.fill is not None:
            raise self.unsupported(expr, "array with a fill value")
        return (f"new {self.type_name(_scalar(scalar))}{dims}{extra}", POSTFIX)

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
        op, args = call.op, call.args
        first = args[0] if args else None
        if op in (L.INT_MAX, L.INT_MIN):
            bits = call.type.bits if isinstance(call.type, t.IntType) and call.type.bits else 64
            box = "Long" if bits == 64 else "Integer"
            if isinstance(call.type, t.IntType) and not call.type.signed:
                return ("-1", UNARY) if op == L.INT_MAX else ("0", ATOM)
            return (f"{box}.{'MAX_VALUE' if op == L.INT_MAX else 'MIN_VALUE'}", POSTFIX)
        if op in (L.LOWER_BOUND, L.UPPER_BOUND):
            seq, begin, end, value = args
            assert seq is not None and value is not None
            container = self.type_name(seq.type)
            helper = f"{'lowerBound' if op == L.LOWER_BOUND else 'upperBound'}({container})"
            if helper not in HELPERS:
                raise self.unsupported(call, f"{op.value} on a {seq.type}")
            self.imports.add(helper)
            length = (
                f"{self.expr(seq, POSTFIX)}.{'length' if isinstance(seq.type, t.ArrayType) else 'size()'}"
            )
            first = self.expr(begin) if begin is not None else "0"
            last = self.expr(end) if end is not None else length
            name = helper.split("(")[0]
            return (f"{name}({self.expr(seq)}, {first}, {last}, {self.expr(value)})", POSTFIX)
        if op == L.BIT_COUNT:
            assert first is not None
            wide = isinstance(first.type, t.IntType) and first.type.bits == 64
            value = (
                first.operand if isinstance(first, ir.Cast) and t.is_integral(first.operand.type) else first
            )
            return (f"{'Long' if wide else 'Integer'}.bitCount({self.expr(value)})", POSTFIX)
        if op == L.LEN:
            assert first is not None
            if isinstance(first.type, t.ArrayType):
                return (f"{self.expr(first, POSTFIX)}.length", POSTFIX)
            if isinstance(first.type, t.StringType | t.StringBuilderType):
                return (f"{self.expr(first, POSTFIX)}.length()", POSTFIX)
            return (f"{self.expr(first, POSTFIX)}.size()", POSTFIX)
        if op == L.CONTAINS:
            container, value = args
            assert container is not None and value is not None
            if isinstance(container.type, t.MapType):
                return (f"{self.expr(container, POSTFIX)}.containsKey({self.expr(value)})", POSTFIX)
            if isinstance(container.type, t.StringType):
                return (f"{self.expr(container, POSTFIX)}.indexOf({self.expr(value)}) >= 0", 9)
            if isinstance(container.type, t.ArrayType):
                element = t.element_type(container.type)
                if self.boxed_array(container) or isinstance(element, t.StringType):
                    return (f"Arrays.asList({self.expr(container)}).contains({self.expr(value)})", POSTFIX)
                assert self.current is not None
                changed = assigned_names(self.current.body)
                captured = {n.id for n in ir.walk(value) if isinstance(n, ir.Name)}
                if element not in (t.INT, t.LONG, t.DOUBLE) or captured & changed:
                    # (a Java lambda may only read variables that are never assigned)
                    raise self.unsupported(call, "membership test on an array")
                item = self.temp("element")
                self.taken.discard(item)  # a lambda parameter, not a local
                test = f"{item} -> {item} == {self.expr(value, PREC[B.EQ] + 1)}"
                return (f"Arrays.stream({self.expr(container)}).anyMatch({test})", POSTFIX)
            return (f"{self.expr(container, POSTFIX)}.contains({self.expr(value)})", POSTFIX)
        if op in (L.MIN, L.MAX):
            a, b = args
            assert a is not None and b is not None
            if isinstance(call.type, t.StringType) or isinstance(a.type, t.StringType):
                compare = ">=" if op == L.MAX else "<="
                return (
                    f"{self.expr(a, POSTFIX)}.compareTo({self.expr(b)}) {compare} 0 ? {self.expr(a, 3)} : {self.expr(b, 2)}",
                    2,
                )
            a, b = _bool_to_int(a), _bool_to_int(b)
            if a.type != b.type and t.is_numeric(call.type):
                a, b = self.cast_to(a, call.type), self.cast_to(b, call.type)
            return (f"Math.{op.value}({self.expr(a)}, {self.expr(b)})", POSTFIX)
        if op == L.ABS:
            return (f"Math.abs({self.expr(first)})", POSTFIX)
        if op == L.ROUND:
            return (f"Math.round({self.expr(first)})", POSTFIX)
        if op == L.GCD:
            self.imports.add("gcd")
            return (f"gcd({self.expr(args[0])}, {self.expr(args[1])})", POSTFIX)
        if op == L.SUBSTRING:
            s, begin, end = args
            end_text = f", {self.expr(end)}" if end is not None else ""
            return (f"{self.expr(s, POSTFIX)}.substring({self.expr(begin)}{end_text})", POSTFIX)
        if op == L.STR_FIND:
            return (f"{self.expr(args[0], POSTFIX)}.indexOf({self.expr(args[1])})", POSTFIX)
        if op == L.TO_STRING:
            return (f"String.valueOf({self.expr(first)})", POSTFIX)
        if op == L.PARSE_INT:
            return (
                f"{'Long.parseLong' if call.type == t.LONG else 'Integer.parseInt'}({self.expr(first)})",
                POSTFIX,
            )
        if op == L.MAP_GET_OR and first is not None and isinstance(first.type, t.MapType):
            default, value_type = args[2], first.type.value
            if (
                isinstance(default, ir.IntLiteral)
                and isinstance(value_type, t.IntType)
                and default.type != value_type
            ):
                # the default has the map's boxed value type: getOrDefault(k, 0L) on a Map<K, Long>
                default = dataclasses.replace(default, type=value_type)
                return self.expr_LibraryCall(dataclasses.replace(call, args=(first, args[1], default)))
        if op == L.EMPTY:
            assert first is not None
            if isinstance(first.type, t.ArrayType):
                return (f"{self.expr(first, POSTFIX)}.length == 0", 8)
            return (f"{self.expr(first, POSTFIX)}.isEmpty()", POSTFIX)
        if op == L.PEEK:
            assert first is not None
            return (f"{self.expr(first, POSTFIX)}.peek()", POSTFIX)
        if op == L.PEEK_BACK:
            return (f"{self.expr(first, POSTFIX)}.peekLast()", POSTFIX)
        if op == L.POP:
            assert first is not None
            return (
                f"{self.expr(first, POSTFIX)}.{'pollLast' if isinstance(first.type, t.DequeType) else 'pop' if isinstance(first.type, t.StackType) else 'poll'}()",
                POSTFIX,
            )
        if op == L.PUSH:
            assert first is not None
            method = (
                "push"
                if isinstance(first.type, t.StackType)
                else "addLast"
                if isinstance(first.type, t.DequeType)
                else "add"
            )
            return (f"{self.expr(first, POSTFIX)}.{method}({self.expr(args[1])})", POSTFIX)
        if op == L.LIST_BACK:
            assert first is not None
            if isinstance(first.type, t.StringType):
                text = self.expr(first, POSTFIX)
                return (f"{text}.charAt({text}.length() - 1)", POSTFIX)
            text = self.expr(first, POSTFIX)
            return (f"{text}.get({text}.size() - 1)", POSTFIX)
        if op == L.LIST_POP_BACK:
            text = self.expr(first, POSTFIX)
            return (f"{text}.remove({text}.size() - 1)", POSTFIX)
        if op in (L.MAX_ELEMENT, L.MIN_ELEMENT, L.ACCUMULATE):
            seq, begin, end = args[0], args[1], args[2]
            assert seq is not None
            if isinstance(seq.type, t.ArrayType):
                stream = f"Arrays.stream({self.expr(seq)}"
                if begin is not None or end is not None:
                    stream += f", {self.expr(begin) if begin is not None else '0'}, {self.expr(end) if end is not None else self.expr(seq, POSTFIX) + '.length'}"
                stream += ")"
                if self.boxed_array(seq):
                    boxed = self.type_name(t.element_type(seq.type), True)
                    primitive = self.type_name(t.element_type(seq.type)).capitalize()
                    stream += f".mapTo{primitive}({boxed}::{primitive.lower()}Value)"
            elif isinstance(seq.type, t.SetType) and begin is None and end is None and op != L.ACCUMULATE:
                return (f"Collections.{'max' if op == L.MAX_ELEMENT else 'min'}({self.expr(seq)})", POSTFIX)
            elif isinstance(seq.type, t.ListType) and begin is None and end is None:
                stream = f"{self.expr(seq, POSTFIX)}.stream().mapToInt(Integer::intValue)"
            else:
                raise self.unsupported(call, f"{op.value} over part of a list")
            if op == L.ACCUMULATE:
                initial = args[3]
                text = f"{stream}.sum()"
                if not (isinstance(initial, ir.IntLiteral) and initial.value == 0):
                    return (f"{self.expr(initial, 11)} + {text}", 11)
                return (text, POSTFIX)
            return (f"{stream}.{'max' if op == L.MAX_ELEMENT else 'min'}().getAsInt()", POSTFIX)
        if op == L.MAKE_PAIR:
            return (f"new AbstractMap.SimpleEntry<>({self.expr(args[0])}, {self.expr(args[1])})", POSTFIX)
        if op == L.POW and call.type != t.DOUBLE:
            pass
        form = FORMS.get(op)
        if form is None:
            raise self.unsupported(call, f"library operation {op.value}")
        rendered = [self.expr(a) if a is not None else "" for a in args]
        receivers = {f"r{i}": self.expr(a, POSTFIX) for i, a in enumerate(args) if a is not None}
        return (form.template.format(*rendered, **receivers), form.precedence)


class UnsupportedType(Exception):
    pass


def _bool_to_int(expr: ir.Expr) -> ir.Expr:
    if isinstance(expr.type, t.BoolType):
        return ir.Cast(expr, type=t.INT)
    return expr


def _boxed(expr: ir.Expr) -> bool:
    """Whether ``expr`` prints as a boxed value (an element read from a Java collection)."""
    if isinstance(expr, ir.Index):
        return isinstance(expr.base.type, t.ListType | t.MapType)
    return isinstance(expr, ir.LibraryCall) and expr.op in (
        L.PEEK, L.POP, L.POP_FRONT, L.PEEK_BACK, L.LIST_BACK, L.LIST_FRONT, L.MAP_GET, L.MAP_GET_OR,
        L.LIST_POP_BACK, L.LIST_REMOVE_AT,
    )  # fmt: skip


def _scalar(type_: t.Type) -> t.Type:
    while isinstance(type_, t.ArrayType | t.ListType):
        type_ = type_.element
    return type_


def _array_depth(type_: t.Type) -> int:
    depth = 0
    while isinstance(type_, t.ArrayType):
        depth += 1
        type_ = type_.element
    return depth


HELPERS = {
    "gcd": """static int gcd(int a, int b) {
    return b == 0 ? a : gcd(b, a % b);
}""",
}


def _bound_helper(name: str, container: str, element: str, read: str, strict: bool) -> str:
    """Binary search for the first position in [from, to) whose element is >= key (> key if strict)."""
    test = "<=" if strict else "<"
    return f"""static int {name}({container} a, int from, int to, {element} key) {{
    while (from < to) {{
        int mid = (from + to) >>> 1;
        if ({read.format("mid")} {test} key) {{
            from = mid + 1;
        }} else {{
            to = mid;
        }}
    }}
    return from;
}}"""


for _container, _element, _read in (
    ("int[]", "int", "a[{}]"),
    ("long[]", "long", "a[{}]"),
    ("List<Integer>", "int", "a.get({})"),
    ("List<Long>", "long", "a.get({})"),
):
    for _name, _strict in (("lowerBound", False), ("upperBound", True)):
        HELPERS[f"{_name}({_container})"] = _bound_helper(_name, _container, _element, _read, _strict)


def to_java(module: ir.Module, declarations: dict[str, Declaration] | None = None) -> str:
    """Java source for ``module``: static fields and static methods, no class wrapper;
    ``declarations`` print pinned functions' declarations as spelled (see interface.py)."""
    backend = JavaBackend(module)
    backend.declarations = declarations or {}
    try:
        return backend.render_module()
    except UnsupportedType as error:
        from transcoder.errors import UnsupportedConstruct

        raise UnsupportedConstruct(f"rules engine: cannot translate to Java: type {error.args[0]}") from None
