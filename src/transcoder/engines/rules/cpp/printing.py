"""How C++ spells each IR library operation: one row per ``LibOp``.

``EXPRESSIONS`` gives an operation's spelling as an expression: a ``Form`` (a template over the
rendered arguments) or a function of the back end and the call for spellings that depend on
types or ranges. ``STATEMENTS`` gives the operations C++ writes as statements of their own
(``swap``, ``sort``, ``cout << ...``). An operation in neither table is refused. Adding a
library call: a row here (and one in each other target's table, and the front ends' tables
that recognize it), and a golden case.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.cfamily.backend import ATOM, POSTFIX, PREC, UNARY
from transcoder.engines.rules.cpp import printing_text, program
from transcoder.engines.rules.printing import Form

if TYPE_CHECKING:
    from transcoder.engines.rules.cpp.backend import CppBackend

L = ir.LibOp
B = ir.BinaryOp

ExpressionPrinter = Callable[["CppBackend", ir.LibraryCall], tuple[str, int]]
StatementPrinter = Callable[["CppBackend", ir.LibraryCall], None]


def _call(template: str) -> Form:
    return Form(template, POSTFIX)


# -- expressions --------------------------------------------------------------------------------


def _make_pair(b: CppBackend, call: ir.LibraryCall) -> tuple[str, int]:
    values = [b.expr(v) for v in call.args if v is not None]
    if any(v.startswith("{") for v in values):
        # make_pair cannot deduce a type from an initializer list ({1, 2}): name the pair's type.
        return (f"{b.type_name(call.type)}({', '.join(values)})", POSTFIX)
    return (f"make_pair({', '.join(values)})", POSTFIX)


def _make_tuple(b: CppBackend, call: ir.LibraryCall) -> tuple[str, int]:
    # Spelled with its type: make_tuple would deduce the values' own types (an int where the
    # tuple holds a long long, an initializer list it cannot deduce at all).
    values = ", ".join(b.expr(v) for v in call.args if v is not None)
    return (f"{b.type_name(call.type)}({values})", POSTFIX)


def _tuple_get(b: CppBackend, call: ir.LibraryCall) -> tuple[str, int]:
    tuple_, position = call.args
    assert isinstance(position, ir.IntLiteral) and tuple_ is not None
    return (f"get<{position.value}>({b.expr(tuple_)})", POSTFIX)


def _limit(b: CppBackend, call: ir.LibraryCall) -> tuple[str, int]:
    bits = call.type.bits if isinstance(call.type, t.IntType) and call.type.bits else 64
    name = {
        (32, L.INT_MAX): "INT_MAX",
        (32, L.INT_MIN): "INT_MIN",
        (64, L.INT_MAX): "LLONG_MAX",
        (64, L.INT_MIN): "LLONG_MIN",
    }.get((bits, call.op))
    if name is None:
        raise b.unsupported(call, "integer limit")
    return (name, ATOM)


def _saturating_int(b: CppBackend, call: ir.LibraryCall) -> tuple[str, int]:
    b.imports.add("saturating_cast")
    return (f"saturating_cast<{b.type_name(call.type)}>({b.expr(call.args[0])})", POSTFIX)


def _x86_int(b: CppBackend, call: ir.LibraryCall) -> tuple[str, int]:
    return (f"static_cast<{b.type_name(call.type)}>({b.expr(call.args[0])})", POSTFIX)  # what g++ does


def _round_half_up(b: CppBackend, call: ir.LibraryCall) -> tuple[str, int]:
    b.imports.add("java_round")
    return (f"java_round({b.expr(call.args[0])})", POSTFIX)


def _length(b: CppBackend, call: ir.LibraryCall) -> tuple[str, int]:
    first = call.args[0]
    assert first is not None
    if isinstance(first.type, t.StringType):
        return (f"(int) {b.expr(first, POSTFIX)}.length()", UNARY)
    return (f"(int) {b.expr(first, POSTFIX)}.size()", UNARY)


def _string_length(b: CppBackend, call: ir.LibraryCall) -> tuple[str, int]:
    return (f"(int) {b.expr(call.args[0], POSTFIX)}.length()", UNARY)


def _contains(b: CppBackend, call: ir.LibraryCall) -> tuple[str, int]:
    container, value = call.args
    assert container is not None and value is not None
    if isinstance(container.type, t.MapType | t.SetType):
        return (f"{b.expr(container, POSTFIX)}.count({b.expr(value)})", POSTFIX)
    if isinstance(container.type, t.StringType):
        return (f"{b.expr(container, POSTFIX)}.find({b.expr(value)}) != string::npos", 8)
    text = b.expr(container, POSTFIX)
    return (f"find({text}.begin(), {text}.end(), {b.expr(value)}) != {text}.end()", 8)


def _min_max(b: CppBackend, call: ir.LibraryCall) -> tuple[str, int]:
    first, second = call.args
    assert first is not None and second is not None
    # a literal prints as an int: max(0, x) of a long long x would not deduce one type
    literal = isinstance(call.type, t.IntType) and (call.type.bits == 64 or _floor_helper(first, second)) and (
        isinstance(first, ir.IntLiteral) or isinstance(second, ir.IntLiteral)
    )
    if (first.type != second.type or literal) and t.is_numeric(call.type):
        return (f"{call.op.value}<{b.type_name(call.type)}>({b.expr(first)}, {b.expr(second)})", POSTFIX)
    return (f"{call.op.value}({b.expr(first)}, {b.expr(second)})", POSTFIX)


def _floor_helper(*args: ir.Expr) -> bool:
    """Whether an int argument is printed through floor_div/floor_mod, whose C++ result is a long
    long: max(0, floor_mod(n, 4) - 2) would not deduce one type (Python's [0] * (n % 4 - 2))."""
    return any(
        isinstance(node, ir.Binary) and node.op in (B.FLOOR_DIV, B.FLOOR_MOD) for arg in args for node in ir.walk(arg)
    )


def _abs(b: CppBackend, call: ir.LibraryCall) -> tuple[str, int]:
    first = call.args[0]
    assert first is not None
    return (f"{'fabs' if isinstance(first.type, t.FloatType) else 'abs'}({b.expr(first)})", POSTFIX)


def _bits(type_: t.Type) -> int | None:
    return type_.bits if isinstance(type_, t.IntType) else None


def _bit_count(b: CppBackend, call: ir.LibraryCall) -> tuple[str, int]:
    first = call.args[0]
    wide = isinstance(first, ir.Expr) and _bits(first.type) == 64
    # the value inside the unsigned conversion a bit count starts with (the builtin converts)
    value = first.operand if isinstance(first, ir.Cast) and t.is_integral(first.operand.type) else first
    return (f"__builtin_popcount{'ll' if wide else ''}({b.expr(value)})", POSTFIX)


def _substring(b: CppBackend, call: ir.LibraryCall) -> tuple[str, int]:
    text, begin, end = call.args
    if end is None:
        return (f"{b.expr(text, POSTFIX)}.substr({b.expr(begin)})", POSTFIX)
    assert begin is not None
    length = (
        ir.Binary(B.SUB, end, begin, type=t.INT)
        if not (isinstance(begin, ir.IntLiteral) and begin.value == 0)
        else end
    )
    return (f"{b.expr(text, POSTFIX)}.substr({b.expr(begin)}, {b.expr(length)})", POSTFIX)


def _find(b: CppBackend, call: ir.LibraryCall) -> tuple[str, int]:
    return (f"(int) {b.expr(call.args[0], POSTFIX)}.find({b.expr(call.args[1])})", UNARY)


def _to_string(b: CppBackend, call: ir.LibraryCall) -> tuple[str, int]:
    first = call.args[0]
    if first is not None and isinstance(first.type, t.CharType):
        return (f"string(1, {b.expr(first)})", POSTFIX)
    return (f"to_string({b.expr(first)})", POSTFIX)


def _parse_int(b: CppBackend, call: ir.LibraryCall) -> tuple[str, int]:
    """Python's ``int(s)`` (a C++ target's only source of it; Java's is ``JAVA_PARSE_INT``): the
    text stripped, a sign, digits with single underscores between them, else ValueError; stoi
    would read a prefix (``stoi("1_0")`` is 1)."""
    b.imports.add("py_int")
    text = f"py_int({b.expr(call.args[0])})"
    if call.type == t.LONG:
        return (text, POSTFIX)
    b.imports.add("to_int_exact")  # an int the widths did not widen: checked, never a wrap
    return (f"to_int_exact({text})", POSTFIX)


def _c_parse(b: CppBackend, call: ir.LibraryCall) -> tuple[str, int]:
    """C++'s own stoi/stoll and atoi/atoll (a C++ source's calls, printed as they were)."""
    wide = call.type == t.LONG
    if call.op == L.C_STOI:
        return (f"{'stoll' if wide else 'stoi'}({b.expr(call.args[0])})", POSTFIX)
    return (f"{'atoll' if wide else 'atoi'}({b.expr(call.args[0], POSTFIX)}.c_str())", POSTFIX)


def _change_case(b: CppBackend, call: ir.LibraryCall) -> tuple[str, int]:
    function = "toupper" if call.op == L.TO_UPPER else "tolower"
    return (f"(char) {function}({b.expr(call.args[0])})", UNARY)


def _peek(b: CppBackend, call: ir.LibraryCall) -> tuple[str, int]:
    first = call.args[0]
    assert first is not None
    method = "front" if isinstance(first.type, t.QueueType | t.DequeType) else "top"
    return (f"{b.expr(first, POSTFIX)}.{method}()", POSTFIX)


def _removal_in_expression(b: CppBackend, call: ir.LibraryCall) -> tuple[str, int]:
    raise b.unsupported(call, "removing from a container inside an expression")


def _chars(b: CppBackend, call: ir.LibraryCall) -> tuple[str, int]:
    first = call.args[0]
    return (f"vector<char>({b.expr(first, POSTFIX)}.begin(), {b.expr(first, POSTFIX)}.end())", POSTFIX)


def _from_chars(b: CppBackend, call: ir.LibraryCall) -> tuple[str, int]:
    text = b.expr(call.args[0], POSTFIX)
    if not isinstance(call.args[0], ir.Name):  # a temporary (s.toCharArray()): one, read once (issue 12)
        return (f"[](const auto& chars) {{ return string(chars.begin(), chars.end()); }}({b.expr(call.args[0])})", POSTFIX)
    return (f"string({text}.begin(), {text}.end())", POSTFIX)


def _reversed(b: CppBackend, call: ir.LibraryCall) -> tuple[str, int]:
    first = call.args[0]
    if not isinstance(first, ir.Name):
        raise b.unsupported(call, "reversed copy of a string that is not a variable")
    return (f"string({first.id}.rbegin(), {first.id}.rend())", POSTFIX)


def _get_or(b: CppBackend, call: ir.LibraryCall) -> tuple[str, int]:
    container, key, default = call.args
    if isinstance(default, ir.NullLiteral):
        raise b.unsupported(call, "a map lookup that may be null (C++ values cannot be null)")
    text = b.expr(container, POSTFIX)
    key_text = b.expr(key)
    return (f"{text}.count({key_text}) ? {text}[{key_text}] : {b.expr(default, 2)}", 2)


def _reduce(b: CppBackend, call: ir.LibraryCall) -> tuple[str, int]:
    """``max_element``, ``min_element``, ``accumulate`` over a range."""
    seq, begin, end = call.args[0], call.args[1], call.args[2]
    assert seq is not None
    ordered = isinstance(seq.type, t.SetType) and seq.type.sorted and begin is None and end is None
    if ordered and call.op != L.ACCUMULATE:
        # an ordered set keeps its smallest element first and its largest last
        return (f"*{b.expr(seq, POSTFIX)}.{'begin' if call.op == L.MIN_ELEMENT else 'rbegin'}()", UNARY)
    if not isinstance(seq, ir.Name | ir.Index) and begin is None and end is None:
        # a temporary (min([a, b]), sum(f(x))): two of them would give iterators of two objects
        held = ir.Name("range", type=seq.type)
        reduced = _reduce(b, ir.LibraryCall(call.op, (held, *call.args[1:]), type=call.type))[0]
        return (f"[&](const {b.type_name(seq.type)}& range) {{ return {reduced}; }}({b.expr(seq)})", POSTFIX)
    first_it, last_it = b.iterators(seq, begin, end)
    if call.op == L.ACCUMULATE:
        initial = call.args[3]
        start = b.expr(initial)
        if isinstance(initial, ir.IntLiteral) and isinstance(call.type, t.IntType) and call.type.bits == 64:
            start += "LL"  # accumulate adds in the type of its start
        return (f"accumulate({first_it}, {last_it}, {start})", POSTFIX)
    function = "max_element" if call.op == L.MAX_ELEMENT else "min_element"
    return (f"*{function}({first_it}, {last_it})", UNARY)


def _bound(b: CppBackend, call: ir.LibraryCall) -> tuple[str, int]:
    seq, begin, end = call.args[0], call.args[1], call.args[2]
    assert seq is not None
    first_it, last_it = b.iterators(seq, begin, end)
    base = b.expr(seq) if b.is_c_array(seq) else f"{b.expr(seq, POSTFIX)}.begin()"
    found = f"{call.op.value}({first_it}, {last_it}, {b.expr(call.args[3])})"
    return (f"(int) ({found} - {base})", UNARY)


def _elements(b: CppBackend, call: ir.LibraryCall) -> tuple[str, int]:
    # Java's toArray(): the elements in iteration order
    first = call.args[0]
    assert first is not None
    text = b.expr(first, POSTFIX)
    vector = b.type_name(t.ListType(t.element_type(first.type)))
    return (f"{vector}({text}.begin(), {text}.end())", POSTFIX)


def _map_view(b: CppBackend, call: ir.LibraryCall) -> tuple[str, int]:
    """A map's keys or values: C++ has no view to print; a loop over one reads each entry's
    ``first``/``second`` and a declaration copies them out (``stmt_ForEach``, ``stmt_VarDecl``)."""
    raise b.unsupported(call, f"library operation {call.op.value}")


def _count(b: CppBackend, call: ir.LibraryCall) -> tuple[str, int]:
    text = b.expr(call.args[0], POSTFIX)
    return (f"count({text}.begin(), {text}.end(), {b.expr(call.args[1])})", POSTFIX)


EXPRESSIONS: dict[L, Form | ExpressionPrinter] = {
    L.ABS: _abs,
    L.MIN: _min_max,
    L.MAX: _min_max,
    L.POW: _call("pow({0}, {1})"),
    L.SQRT: _call("sqrt({0})"),
    L.CBRT: _call("cbrt({0})"),
    L.EXP: _call("exp({0})"),
    L.LOG: _call("log({0})"),
    L.LOG2: _call("log2({0})"),
    L.LOG10: _call("log10({0})"),
    L.FLOOR: _call("floor({0})"),
    L.CEIL: _call("ceil({0})"),
    L.ROUND: _call("llround({0})"),
    L.SIN: _call("sin({0})"),
    L.COS: _call("cos({0})"),
    L.TAN: _call("tan({0})"),
    L.ASIN: _call("asin({0})"),
    L.ACOS: _call("acos({0})"),
    L.ATAN: _call("atan({0})"),
    L.ATAN2: _call("atan2({0}, {1})"),
    L.HYPOT: _call("hypot({0}, {1})"),
    L.GCD: _call("__gcd({0}, {1})"),
    L.BIT_COUNT: _bit_count,
    L.INT_MAX: _limit,
    L.INT_MIN: _limit,
    L.FLOAT_MAX: _call("DBL_MAX"),
    L.FLOAT_INFINITY: _call("INFINITY"),  # a float, which a double holds exactly
    L.FLOAT_NAN: _call("NAN"),
    L.SATURATING_INT: _saturating_int,
    L.X86_INT: _x86_int,
    L.ROUND_HALF_UP: _round_half_up,
    # the default rounding mode: to nearest, ties to even; py_long checks what llrint leaves undefined
    L.ROUND_HALF_EVEN: printing_text._helper("py_long", "py_long(rint({0}))"),
    L.ROUND_DIGITS: printing_text._helper("py_round", "py_round({0}, {1})"),
    L.PY_INT_OF_FLOAT: printing_text._helper("py_long", "py_long({0})"),
    L.STR_LEN: _string_length,
    L.SUBSTRING: _substring,
    L.STR_FIND: _find,
    L.STR_COMPARE: printing_text._helper("java_compare", "java_compare({0}, {1})"),  # a literal has no .compare
    L.STR_CHARS: _chars,
    L.STR_FROM_CHARS: _from_chars,
    L.STR_REPEAT: _call("string({0}, {1})"),
    L.STR_REVERSED: _reversed,
    L.TO_STRING: _to_string,
    L.PARSE_INT: _parse_int,
    L.C_STOI: _c_parse,
    L.C_ATOI: _c_parse,
    L.IS_DIGIT: _call("isdigit({0})"),
    L.IS_ALPHA: _call("isalpha({0})"),
    L.IS_ALNUM: _call("isalnum({0})"),
    L.IS_UPPER: _call("isupper({0})"),
    L.IS_LOWER: _call("islower({0})"),
    L.IS_SPACE: _call("isspace({0})"),
    L.TO_UPPER: _change_case,
    L.TO_LOWER: _change_case,
    L.LEN: _length,
    L.EMPTY: _call("{r0}.empty()"),
    L.CLEAR: _call("{r0}.clear()"),
    L.LIST_APPEND: _call("{r0}.push_back({1})"),
    L.LIST_POP_BACK: _call("{r0}.pop_back()"),
    L.LIST_BACK: _call("{r0}.back()"),
    L.LIST_FRONT: _call("{r0}.front()"),
    L.CONTAINS: _contains,
    L.COUNT_OF: _count,
    L.MAX_ELEMENT: _reduce,
    L.MIN_ELEMENT: _reduce,
    L.ACCUMULATE: _reduce,
    L.LOWER_BOUND: _bound,
    L.UPPER_BOUND: _bound,
    L.MAP_GET: _call("{r0}[{1}]"),
    L.MAP_GET_OR: _get_or,
    L.MAP_PUT: _call("{r0}[{1}] = {2}"),
    L.MAP_REMOVE: _call("{r0}.erase({1})"),
    L.MAP_KEYS: _map_view,
    L.MAP_VALUES: _map_view,
    L.MAP_ITEMS: _map_view,
    L.MAP_MERGE: _call("{r0}.merge({1}, {2})"),
    L.SET_ADD: _call("{r0}.insert({1})"),
    L.SET_REMOVE: _call("{r0}.erase({1})"),
    L.ELEMENTS: _elements,
    L.POP: _removal_in_expression,
    L.PEEK: _peek,
    L.PUSH_FRONT: _call("{r0}.push_front({1})"),
    L.POP_FRONT: _removal_in_expression,
    L.PEEK_BACK: _call("{r0}.back()"),
    L.MAKE_PAIR: _make_pair,
    L.PAIR_FIRST: _call("{r0}.first"),
    L.PAIR_SECOND: _call("{r0}.second"),
    L.MAKE_TUPLE: _make_tuple,
    L.TUPLE_GET: _tuple_get,
}


# -- statements ---------------------------------------------------------------------------------


def _print(b: CppBackend, call: ir.LibraryCall) -> None:
    pieces = []
    for piece in call.args:
        if isinstance(piece, ir.StringLiteral) and piece.value == "\n":
            pieces.append("endl")
        else:
            pieces.append(b.expr(piece, PREC[B.SHL] + 1))
    b.emit("cout << " + " << ".join(pieces) + ";")


def _swap(b: CppBackend, call: ir.LibraryCall) -> None:
    b.emit(f"swap({b.expr(call.args[0])}, {b.expr(call.args[1])});")


def _insert(b: CppBackend, call: ir.LibraryCall) -> None:
    seq = b.expr(call.args[0], POSTFIX)
    position = b.expr(call.args[1], PREC[B.ADD] + 1)
    b.emit(f"{seq}.insert({seq}.begin() + {position}, {b.expr(call.args[2])});")


def _remove_at(b: CppBackend, call: ir.LibraryCall) -> None:
    seq = b.expr(call.args[0], POSTFIX)
    b.emit(f"{seq}.erase({seq}.begin() + {b.expr(call.args[1], PREC[B.ADD] + 1)});")


def _remove_value(b: CppBackend, call: ir.LibraryCall) -> None:
    seq, value = (b.expr(x, POSTFIX) for x in call.args if x is not None)
    b.emit(f"if (auto it = find({seq}.begin(), {seq}.end(), {value}); it != {seq}.end()) {{")
    b.emit(f"    {seq}.erase(it);")
    b.emit("}")


def _orders_values(comparator: ir.Expr) -> bool:
    """Whether a comparator is ``a < b`` or ``b < a`` (``>``) on its parameters themselves: it
    ties only equal values, so a stable and an unstable sort give the same result."""
    if not isinstance(comparator, ir.Lambda) or len(comparator.params) != 2:
        return False
    body = comparator.body
    names = {p.name for p in comparator.params}
    return (
        isinstance(body, ir.Binary)
        and body.op in (B.LT, B.GT)
        and isinstance(body.left, ir.Name)
        and isinstance(body.right, ir.Name)
        and {body.left.id, body.right.id} == names
        and all(t.is_numeric(p.type) or isinstance(p.type, t.StringType) for p in comparator.params)
    )


def _sort(b: CppBackend, call: ir.LibraryCall) -> None:
    """``sort``, ``sort`` descending and ``reverse`` of a range."""
    seq, begin, end = call.args[0], call.args[1], call.args[2]
    assert seq is not None
    first, last = b.iterators(seq, begin, end)
    name = "reverse" if call.op == L.REVERSE else "sort"
    extra = ""
    if call.op == L.SORT_DESC:
        extra = f", greater<{b.type_name(t.element_type(seq.type))}>()"
    elif call.op == L.SORT and call.args[3] is not None:
        extra = f", {b.lambda_text(call.args[3])}"
        if not _orders_values(call.args[3]):
            # Java's and Python's sorts are stable: elements the comparator ties keep
            # their order (C++ `sort` may swap them; for a C++ source either is allowed)
            name = "stable_sort"
    b.emit(f"{name}({first}, {last}{extra});")


def _fill(b: CppBackend, call: ir.LibraryCall) -> None:
    seq, value, begin, end = call.args
    assert seq is not None
    inner = seq.type
    depth = 0
    while isinstance(inner, t.ArrayType | t.ListType) and isinstance(inner.element, t.ArrayType | t.ListType):
        depth += 1
        inner = inner.element
    target = b.expr(seq)
    for _ in range(depth):
        row = b.temp("row")
        b.emit(f"for (auto& {row} : {target}) {{")
        b.indent += 1
        target = row
    first, last = (
        b.iterators(ir.Name(target, type=inner), begin, end) if depth else b.iterators(seq, begin, end)
    )
    b.emit(f"fill({first}, {last}, {b.expr(value)});")
    for _ in range(depth):
        b.indent -= 1
        b.emit("}")


def _append(b: CppBackend, call: ir.LibraryCall) -> None:
    target, piece = call.args
    assert target is not None and piece is not None
    b.emit(f"{b.expr(target, POSTFIX)} += {b.text_of(piece)};")


def _push(b: CppBackend, call: ir.LibraryCall) -> None:
    container = call.args[0]
    assert container is not None
    method = "push_back" if isinstance(container.type, t.DequeType) else "push"
    b.emit(f"{b.expr(container, POSTFIX)}.{method}({b.expr(call.args[1])});")


def _pop(b: CppBackend, call: ir.LibraryCall) -> None:
    container = call.args[0]
    assert container is not None
    if call.op == L.POP_FRONT:
        method = "pop_front"
    else:
        method = "pop_back" if isinstance(container.type, t.DequeType) else "pop"
    b.emit(f"{b.expr(container, POSTFIX)}.{method}();")


STATEMENTS: dict[L, StatementPrinter] = {
    L.PRINT: _print,
    L.SWAP: _swap,
    L.LIST_INSERT: _insert,
    L.LIST_REMOVE_AT: _remove_at,
    L.LIST_REMOVE_VALUE: _remove_value,
    L.SORT: _sort,
    L.SORT_DESC: _sort,
    L.REVERSE: _sort,
    L.FILL: _fill,
    L.STR_APPEND: _append,
    L.PUSH: _push,
    L.POP: _pop,
    L.POP_FRONT: _pop,
}

# whole programs: number texts and the end of the program (cpp/program.py)
EXPRESSIONS.update(program.EXPRESSIONS)
STATEMENTS.update(program.STATEMENTS)

# text, bits and array copies (issue 13): cpp/printing_text.py
EXPRESSIONS.update(printing_text.EXPRESSIONS)
STATEMENTS.update(printing_text.STATEMENTS)
