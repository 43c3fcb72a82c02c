"""How Python spells each IR library operation: one row per ``LibOp``.

``EXPRESSIONS`` gives an operation's spelling as an expression: a ``Form`` (a template over the
rendered arguments; precedences from ``python.backend.PREC``) or a function of the back end and
the call. ``STATEMENTS`` gives the operations Python writes as statements of their own; those
``is_statement`` says so for are refused inside an expression.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.analysis.names import swap_positions_to_fix, with_positions
from transcoder.engines.rules.printing import Form
from transcoder.engines.rules.python import printing_text, program
from transcoder.engines.rules.python.shapes import has_side_effects

if TYPE_CHECKING:
    from transcoder.engines.rules.python.backend import PythonBackend

L = ir.LibOp
B = ir.BinaryOp

ATOM = 100
EQUALITY = 5  # Python's comparison level
MATH = ("import math",)

ExpressionPrinter = Callable[["PythonBackend", ir.LibraryCall], tuple[str, int]]
StatementPrinter = Callable[["PythonBackend", ir.LibraryCall], None]


def insertion_ordered_set(container: ir.Expr | None) -> bool:
    """A Java LinkedHashSet whose order is observed: a dict of its elements (see ``in_order``)."""
    return (
        container is not None
        and isinstance(container.type, t.SetType)
        and container.type.order is t.Order.INSERTION
    )


def mask(type_: t.Type) -> str:
    """The all-ones mask of an unsigned type's width."""
    bits = type_.bits if isinstance(type_, t.IntType) and type_.bits else 32
    return "0xFFFFFFFF" if bits == 32 else f"0x{'F' * (bits // 4)}"


def _negated(expr: ir.Expr) -> ir.Expr:
    if isinstance(expr, ir.IntLiteral):
        return ir.IntLiteral(-expr.value, type=expr.type)
    if isinstance(expr, ir.Unary) and expr.op == ir.UnaryOp.NEG:
        return expr.operand
    return ir.Unary(ir.UnaryOp.NEG, expr, type=expr.type)


# -- expressions --------------------------------------------------------------------------------


def number_key(b: PythonBackend, call: ir.LibraryCall) -> ir.LibraryCall:
    """A char looked up in a container of numbers (C++ ``set<int>::count(c)``): its code, as
    C++ converts it; a Python str equals no int (``c in seen`` was False for every c). An int
    looked up among chars is refused: C++ converts it to a char, which may wrap."""
    container, value = call.args[0], call.args[1]
    if container is None or value is None:
        return call
    element = t.element_type(container.type)
    if isinstance(element, t.CharType) and isinstance(value.type, t.IntType):
        raise b.unsupported(call, "an integer looked up among characters")
    if not isinstance(value.type, t.CharType):
        return call
    if not isinstance(element, t.IntType | t.FloatType):
        return call
    return dataclasses.replace(call, args=(container, ir.Cast(value, type=element), *call.args[2:]))


def _keyed(form: Form) -> ExpressionPrinter:
    def render(b: PythonBackend, call: ir.LibraryCall) -> tuple[str, int]:
        return b.form(form, number_key(b, call))

    return render


def _contains(b: PythonBackend, call: ir.LibraryCall) -> tuple[str, int]:
    return b.contains(call)


def _bisect(b: PythonBackend, call: ir.LibraryCall) -> tuple[str, int]:
    seq, begin, end, value = call.args
    b.imports.add("import bisect")
    function = "bisect_left" if call.op == L.LOWER_BOUND else "bisect_right"
    bounds = ""
    if begin is not None or end is not None:
        bounds = f", {b.expr(begin) if begin is not None else '0'}"
        bounds += f", {b.expr(end)}" if end is not None else ""
    return (f"bisect.{function}({b.expr(seq)}, {b.expr(value)}{bounds})", ATOM)


def _bit_count(b: PythonBackend, call: ir.LibraryCall) -> tuple[str, int]:
    value = call.args[0]
    assert value is not None
    nonneg = b.nonneg or (lambda e: False)
    if isinstance(value, ir.Cast) and t.is_integral(value.operand.type):
        operand = value.operand
        if nonneg(operand) or (isinstance(operand, ir.IntLiteral) and operand.value >= 0):
            return (f"{b.expr(operand, ATOM)}.bit_count()", ATOM)
        # the two's complement bits of a negative value: mask to the width first
        return (f"({b.expr(operand, 8)} & {mask(value.type)}).bit_count()", ATOM)
    return (f"{b.expr(value, ATOM)}.bit_count()", ATOM)


def _limit(b: PythonBackend, call: ir.LibraryCall) -> tuple[str, int]:
    type_ = call.type if isinstance(call.type, t.IntType) else t.INT
    bits = type_.bits or 64
    if not type_.signed:
        return (str(2**bits - 1 if call.op == L.INT_MAX else 0), ATOM)
    if bits == 64:  # sys.maxsize is exactly 2**63 - 1 on the 64-bit platforms Python runs on
        b.imports.add("import sys")
        return ("sys.maxsize", ATOM) if call.op == L.INT_MAX else ("-sys.maxsize - 1", 10)
    value = 2 ** (bits - 1) - 1 if call.op == L.INT_MAX else -(2 ** (bits - 1))
    return (str(value), ATOM if value >= 0 else 12)


def _pow(b: PythonBackend, call: ir.LibraryCall) -> tuple[str, int]:
    base, exponent = call.args
    assert base is not None and exponent is not None
    if t.is_integral(base.type) and isinstance(exponent, ir.IntLiteral) and exponent.value >= 0:
        return (f"{b.numeric(base, 14)} ** {exponent.value}", 13)
    b.imports.add("import math")
    if _plain_pow(base, exponent):
        return (f"math.pow({b.numeric(base, 0)}, {b.numeric(exponent, 0)})", ATOM)
    b.helpers.add("fpow")  # IEEE results where math.pow raises (overflow, 0 ** -1, (-8) ** 0.5)
    return (f"fpow({b.numeric(base, 0)}, {b.numeric(exponent, 0)})", ATOM)


def _plain_pow(base: ir.Expr, exponent: ir.Expr) -> bool:
    """Literal operands for which math.pow returns (the printed call cannot raise)."""
    a, n = _literal(base), _literal(exponent)
    if a is None or n is None:
        return False
    try:
        math.pow(a, n)
    except (OverflowError, ValueError):
        return False
    return True


def _round(b: PythonBackend, call: ir.LibraryCall) -> tuple[str, int]:
    helper = "round_half_up" if call.op == L.ROUND_HALF_UP else "round_half_away"
    b.helpers.add(helper)
    b.imports.add("import math")
    return (f"{helper}({b.expr(call.args[0])})", ATOM)


def _saturating_int(b: PythonBackend, call: ir.LibraryCall) -> tuple[str, int]:
    b.helpers.add("saturating_int")
    bits = call.type.bits if isinstance(call.type, t.IntType) and call.type.bits else 64
    return (f"saturating_int({b.expr(call.args[0])}, {bits})", ATOM)


def _x86_int(b: PythonBackend, call: ir.LibraryCall) -> tuple[str, int]:
    if isinstance(call.type, t.IntType) and not call.type.signed:
        b.helpers.add("x86_unsigned")
        return (f"x86_unsigned({b.expr(call.args[0])})", ATOM)
    b.helpers.add("x86_int")
    bits = call.type.bits if isinstance(call.type, t.IntType) and call.type.bits else 64
    return (f"x86_int({b.expr(call.args[0])}, {bits})", ATOM)


_GET_OR = Form("{r0}.get({1}, {2})")


def _get_or(b: PythonBackend, call: ir.LibraryCall) -> tuple[str, int]:
    call = number_key(b, call)
    if isinstance(call.args[2], ir.NullLiteral):
        return (f"{b.expr(call.args[0], ATOM)}.get({b.expr(call.args[1])})", ATOM)
    return b.form(_GET_OR, call)


def _substring(b: PythonBackend, call: ir.LibraryCall) -> tuple[str, int]:
    text, begin, end = call.args
    if isinstance(end, ir.LibraryCall) and end.op == L.MIN and any(
        isinstance(a, ir.LibraryCall) and a.op in (L.LEN, L.STR_LEN) and a.args[0] == text for a in end.args
    ):  # min(e, len(s)) as a slice's end: Python's slices stop at the end by themselves
        end = next(a for a in end.args if not (isinstance(a, ir.LibraryCall) and a.op in (L.LEN, L.STR_LEN)))
    return (f"{b.expr(text, ATOM)}[{b.slice(begin, end)}]", ATOM)


def _compare(b: PythonBackend, call: ir.LibraryCall) -> tuple[str, int]:
    b.helpers.add("compare")
    return (f"compare({b.expr(call.args[0])}, {b.expr(call.args[1])})", ATOM)


def _empty(b: PythonBackend, call: ir.LibraryCall) -> tuple[str, int]:
    return (f"not {b.expr(call.args[0], 4)}", 4)


def _peek(b: PythonBackend, call: ir.LibraryCall) -> tuple[str, int]:
    container = call.args[0]
    assert container is not None
    if isinstance(container.type, t.PriorityQueueType) and container.type.max_first:
        return (f"-{b.expr(container, ATOM)}[0]", 12)
    if isinstance(container.type, t.QueueType | t.DequeType | t.PriorityQueueType):
        return (f"{b.expr(container, ATOM)}[0]", ATOM)
    return (f"{b.expr(container, ATOM)}[-1]", ATOM)


def _str_repeat(b: PythonBackend, call: ir.LibraryCall) -> tuple[str, int]:
    """``c * count``: a count that is a sum, a remainder or a conditional is parenthesised
    (``'x' * n % 4`` would be the text ``'x' * n`` formatted with ``%``)."""
    count, char = call.args
    return (f"{b.expr(char, ATOM)} * {b.expr(count, 12)}", 11)


def _peek_back(b: PythonBackend, call: ir.LibraryCall) -> tuple[str, int]:
    return (f"{b.expr(call.args[0], ATOM)}[-1]", ATOM)


def _pop_value(b: PythonBackend, call: ir.LibraryCall) -> tuple[str, int]:
    return (b.pop_text(call), 12)


def _elements(b: PythonBackend, call: ir.LibraryCall) -> tuple[str, int]:
    # Java's toArray(): the elements in iteration order (sorted for a TreeSet)
    assert call.args[0] is not None
    return (b.listed(call.args[0]), ATOM)


def _reduce(b: PythonBackend, call: ir.LibraryCall) -> tuple[str, int]:
    seq, begin, end = call.args[0], call.args[1], call.args[2]
    piece = b.expr(seq) if begin is None and end is None else f"{b.expr(seq, ATOM)}[{b.slice(begin, end)}]"
    if call.op == L.ACCUMULATE:
        initial = call.args[3]
        text = f"{b.builtin('sum')}({piece})"
        if not (isinstance(initial, ir.IntLiteral) and initial.value == 0):
            return (f"{b.expr(initial, 10)} + {text}", 10)
        return (text, ATOM)
    return (f"{b.builtin('max' if call.op == L.MAX_ELEMENT else 'min')}({piece})", ATOM)


def _min_max(b: PythonBackend, call: ir.LibraryCall) -> tuple[str, int]:
    first, second = call.args
    assert first is not None and second is not None
    name = b.builtin("min" if call.op == L.MIN else "max")
    return (f"{name}({b.value_as(first, call.type, 0)}, {b.value_as(second, call.type, 0)})", ATOM)


def _make_tuple(b: PythonBackend, call: ir.LibraryCall) -> tuple[str, int]:
    values = [b.expr(v, 0) for v in call.args if v is not None]
    trailing = "," if len(values) == 1 else ""  # (x,) is a tuple, (x) is x
    return (f"({', '.join(values)}{trailing})", ATOM)


def _tuple_get(b: PythonBackend, call: ir.LibraryCall) -> tuple[str, int]:
    record, position = call.args
    assert record is not None and isinstance(position, ir.IntLiteral)
    return (f"{b.expr(record, ATOM)}[{position.value}]", ATOM)


def _abs(b: PythonBackend, call: ir.LibraryCall) -> tuple[str, int]:
    value = call.args[0]
    assert value is not None
    return (f"{b.builtin('abs')}({b.numeric(value, 0)})", ATOM)


def _char_method(template: str, helper: str | None = None) -> ExpressionPrinter:
    """A ``str`` method (or a ``helper``) on a character (an int holding one is converted first)."""

    def render(b: PythonBackend, call: ir.LibraryCall) -> tuple[str, int]:
        arg = call.args[0]
        assert arg is not None
        if helper is not None:
            b.helpers.add(helper)
        if not isinstance(arg.type, t.CharType | t.StringType):
            arg = ir.Cast(arg, type=t.CHAR)
        return (template.format(r0=b.expr(arg, ATOM)), ATOM)

    return render


_STR = Form("str({0})")


def _to_string(b: PythonBackend, call: ir.LibraryCall) -> tuple[str, int]:
    first = call.args[0]
    if first is not None and isinstance(first.type, t.CharType):
        return b.render(first)
    return b.form(_STR, call)


def _c_parse(b: PythonBackend, call: ir.LibraryCall) -> tuple[str, int]:
    """C++'s stoi/stol/stoll (``c_stoi``) and atoi/atol/atoll (``c_atoi``): each its own helper."""
    name = "c_stoi" if call.op == L.C_STOI else "c_atoi"
    b.helpers.add(name)
    bits = call.type.bits if isinstance(call.type, t.IntType) and call.type.bits else 32
    return (f"{name}({b.expr(call.args[0])}, {bits})", ATOM)


def _statement_only(b: PythonBackend, call: ir.LibraryCall) -> tuple[str, int]:
    raise b.unsupported(call, f"{call.op.value} inside an expression")


def _set_edit(form: Form) -> ExpressionPrinter:
    """``add``/``discard``; on an insertion-ordered set (a dict), statements only."""

    def render(b: PythonBackend, call: ir.LibraryCall) -> tuple[str, int]:
        if insertion_ordered_set(call.args[0]):
            return _statement_only(b, call)
        return b.form(form, number_key(b, call))

    return render


def _math(name: str) -> Form:
    return Form(f"math.{name}({{0}})", imports=MATH)


# -- IEEE 754 edges (issue 12) ------------------------------------------------------------------
# C++ and Java compute on doubles by IEEE 754: sqrt(-1) is NaN, log(0) is -inf, exp(1000) and
# pow(10, 400) are inf, x / 0.0 is ±inf or NaN. Python's math functions and `/` raise
# ValueError, OverflowError or ZeroDivisionError there instead. So a translation prints the
# plain `math.f(x)` / `a / b` only where the operand is proven inside the function's domain
# (a literal, an integer the non-negativity analysis proves >= 0, `x * x`, `e + 1` on such a
# value); elsewhere it prints a helper of runtime/helpers.py that gives the IEEE result.


def _literal(expr: ir.Expr) -> float | None:
    """The value of a numeric literal (through casts and a unary minus), else None."""
    if isinstance(expr, ir.IntLiteral | ir.FloatLiteral):
        return float(expr.value)
    if isinstance(expr, ir.Cast):
        return _literal(expr.operand)
    if isinstance(expr, ir.Unary) and expr.op == ir.UnaryOp.NEG:
        value = _literal(expr.operand)
        return None if value is None else -value
    return None


def non_negative(b: PythonBackend, expr: ir.Expr) -> bool:
    """``expr`` is >= 0 or NaN (the cases where sqrt does not raise)."""
    value = _literal(expr)
    if value is not None:
        return value >= 0
    if b.nonneg is not None and b.nonneg(expr):
        return True
    if isinstance(expr, ir.Binary) and expr.op == B.MUL:  # x * x: a square (or NaN)
        left, right = expr.left, expr.right
        if isinstance(left, ir.Name) and isinstance(right, ir.Name) and left.id == right.id:
            return True
    if isinstance(expr, ir.LibraryCall) and expr.op in (L.ABS, L.SQRT, L.EXP):
        return True
    return positive(b, expr)


def positive(b: PythonBackend, expr: ir.Expr) -> bool:
    """``expr`` is > 0 or NaN (log does not raise; a divisor of it is not zero)."""
    value = _literal(expr)
    if value is not None:
        return value > 0
    if isinstance(expr, ir.Cast):
        return positive(b, expr.operand)
    if isinstance(expr, ir.Binary) and expr.op == B.ADD:  # x * x + 1, n + 1 for n >= 0
        left, right = expr.left, expr.right
        return (positive(b, left) and non_negative(b, right)) or (
            non_negative(b, left) and positive(b, right)
        )
    if isinstance(expr, ir.Binary) and expr.op == B.MUL:  # 6 * sqrt(2): a factor >= 1 cannot underflow
        left, right = expr.left, expr.right
        return any(
            (_literal(one) or 0) >= 1 and positive(b, other) for one, other in ((left, right), (right, left))
        )
    if isinstance(expr, ir.LibraryCall) and expr.op == L.SQRT:
        return expr.args[0] is not None and positive(b, expr.args[0])
    return False


def non_zero(b: PythonBackend, expr: ir.Expr) -> bool:
    """``expr`` is never zero: a divisor Python's `/` takes without raising."""
    value = _literal(expr)
    if value is not None:
        return value != 0
    return positive(b, expr)


def _ieee_math(name: str, proven: Callable[[PythonBackend, ir.Expr], bool]) -> ExpressionPrinter:
    """``math.name(x)`` where ``proven`` holds for the operand, else the IEEE helper ``name(x)``."""

    def render(b: PythonBackend, call: ir.LibraryCall) -> tuple[str, int]:
        operand = call.args[0]
        assert operand is not None
        b.imports.add("import math")
        if proven(b, operand):
            return (f"math.{name}({b.expr(operand)})", ATOM)
        b.helpers.add(name)
        return (f"{name}({b.expr(operand)})", ATOM)

    return render


def _below_exp_overflow(b: PythonBackend, expr: ir.Expr) -> bool:
    value = _literal(expr)
    return value is not None and value <= 709  # exp(709.78...) is the largest double


def _unit_interval(b: PythonBackend, expr: ir.Expr) -> bool:
    value = _literal(expr)
    return value is not None and -1 <= value <= 1


EXPRESSIONS: dict[L, Form | ExpressionPrinter] = {
    L.ABS: _abs,
    L.MIN: _min_max,
    L.MAX: _min_max,
    L.POW: _pow,
    L.SQRT: _ieee_math("sqrt", non_negative),
    L.CBRT: _math("cbrt"),
    L.EXP: _ieee_math("exp", _below_exp_overflow),
    L.LOG: _ieee_math("log", positive),
    L.LOG2: _ieee_math("log2", positive),
    L.LOG10: _ieee_math("log10", positive),
    L.FLOOR: _math("floor"),
    L.CEIL: _math("ceil"),
    L.ROUND: _round,
    L.SIN: _math("sin"),
    L.COS: _math("cos"),
    L.TAN: _math("tan"),
    L.ASIN: _ieee_math("asin", _unit_interval),
    L.ACOS: _ieee_math("acos", _unit_interval),
    L.ATAN: _math("atan"),
    L.ATAN2: Form("math.atan2({0}, {1})", imports=MATH),
    L.HYPOT: Form("math.hypot({0}, {1})", imports=MATH),
    L.GCD: Form("math.gcd({0}, {1})", imports=MATH),
    L.BIT_COUNT: _bit_count,
    L.INT_MAX: _limit,
    L.INT_MIN: _limit,
    L.FLOAT_MAX: Form("sys.float_info.max", imports=("import sys",)),
    L.FLOAT_INFINITY: Form("math.inf", imports=("import math",)),
    L.FLOAT_NAN: Form("math.nan", imports=("import math",)),
    L.SATURATING_INT: _saturating_int,
    L.X86_INT: _x86_int,
    L.ROUND_HALF_UP: _round,
    L.ROUND_HALF_EVEN: Form("round({0})"),
    L.ROUND_DIGITS: Form("round({0}, {1})"),
    L.PY_INT_OF_FLOAT: Form("int({0})"),
    L.SWAP: _statement_only,
    L.SORT: _statement_only,
    L.SORT_DESC: _statement_only,
    L.REVERSE: _statement_only,
    L.FILL: _statement_only,
    L.STR_LEN: Form("len({0})"),
    L.SUBSTRING: _substring,
    L.STR_FIND: Form("{r0}.find({1})"),
    L.STR_COMPARE: _compare,
    L.STR_APPEND: _statement_only,
    L.STR_CHARS: Form("list({0})"),
    L.STR_FROM_CHARS: Form('"".join({0})'),
    L.STR_REPEAT: _str_repeat,
    L.STR_REVERSED: Form("{r0}[::-1]"),
    L.TO_STRING: _to_string,
    L.PARSE_INT: Form("int({0})"),  # Python's own int(s)
    L.C_STOI: _c_parse,
    L.C_ATOI: _c_parse,
    # Java's Character tests and C's ctype: Unicode's Nd (str.isdigit also takes '\u00b2'), letters
    # and those digits (str.isalnum also takes '\u00bd'), one-char case mappings (not 'SS' for '\u00df')
    L.IS_DIGIT: _char_method("{r0}.isdecimal()"),
    L.IS_ALPHA: _char_method("{r0}.isalpha()"),
    L.IS_ALNUM: _char_method("letter_or_digit({r0})", "letter_or_digit"),
    L.IS_UPPER: _char_method("{r0}.isupper()"),
    L.IS_LOWER: _char_method("{r0}.islower()"),
    L.IS_SPACE: _char_method("{r0}.isspace()"),
    L.TO_UPPER: _char_method("char_upper({r0})", "char_upper"),
    L.TO_LOWER: _char_method("char_lower({r0})", "char_lower"),
    L.LEN: Form("len({0})"),
    L.EMPTY: _empty,
    L.CLEAR: Form("{r0}.clear()"),
    L.LIST_APPEND: Form("{r0}.append({1})"),
    L.LIST_POP_BACK: _statement_only,
    L.LIST_BACK: Form("{r0}[-1]"),
    L.LIST_FRONT: Form("{r0}[0]"),
    L.LIST_INSERT: Form("{r0}.insert({1}, {2})"),
    L.LIST_REMOVE_AT: Form("{r0}.pop({1})"),
    L.LIST_REMOVE_VALUE: _statement_only,
    L.CONTAINS: _contains,
    L.COUNT_OF: _keyed(Form("{r0}.count({1})")),
    L.MAX_ELEMENT: _reduce,
    L.MIN_ELEMENT: _reduce,
    L.ACCUMULATE: _reduce,
    L.LOWER_BOUND: _bisect,
    L.UPPER_BOUND: _bisect,
    L.MAP_GET: _keyed(Form("{r0}[{1}]")),
    L.MAP_GET_OR: _get_or,
    L.MAP_PUT: _statement_only,
    L.MAP_REMOVE: _statement_only,
    L.MAP_KEYS: Form("{r0}.keys()"),
    L.MAP_VALUES: Form("{r0}.values()"),
    L.MAP_ITEMS: Form("{r0}.items()"),
    L.MAP_MERGE: _statement_only,
    L.SET_ADD: _set_edit(Form("{r0}.add({1})")),
    L.SET_REMOVE: _set_edit(Form("{r0}.discard({1})")),  # (its key: number_key)
    L.ELEMENTS: _elements,
    L.PUSH: _statement_only,
    L.POP: _pop_value,
    L.PEEK: _peek,
    L.PUSH_FRONT: _statement_only,
    L.POP_FRONT: _statement_only,
    L.PEEK_BACK: _peek_back,
    L.PRINT: _statement_only,
    L.MAKE_PAIR: Form("({0}, {1})"),
    L.PAIR_FIRST: Form("{r0}[0]"),
    L.PAIR_SECOND: Form("{r0}[1]"),
    L.MAKE_TUPLE: _make_tuple,
    L.TUPLE_GET: _tuple_get,
}


# -- statements ---------------------------------------------------------------------------------


def _swap(b: PythonBackend, call: ir.LibraryCall) -> None:
    if any(isinstance(x, ir.Index) and isinstance(x.base.type, t.StringType) for x in call.args):
        b.swap_string_chars(call)
        return
    first, second = call.args
    assert first is not None and second is not None
    replaced: dict[ir.Expr, ir.Expr] = {}
    for position in swap_positions_to_fix(first, second):
        index = b.fresh_name("index")
        b.emit(f"{index} = {b.expr(position)}")
        replaced[position] = ir.Name(index, type=position.type)
    left, right = (b.target(with_positions(x, replaced)) for x in (first, second))
    b.emit(f"{left}, {right} = {right}, {left}")


def _sort(b: PythonBackend, call: ir.LibraryCall) -> None:
    seq = call.args[0]
    if seq is not None and isinstance(seq.type, t.StringType):  # a str has no sort(): rebuilt
        keywords = ["reverse=True"] if call.op == L.SORT_DESC else []
        if call.op == L.SORT and call.args[3] is not None:
            keywords.extend(b.sort_keywords(call.args[3]))
        suffix = "".join(f", {k}" for k in keywords)
        string_rebuilt(b, call, lambda piece: f'"".join({b.builtin("sorted")}({piece}{suffix}))')
        return
    b.sort(call)


def string_rebuilt(b: PythonBackend, call: ir.LibraryCall, changed: Callable[[str], str]) -> None:
    """``s`` (``call.args[0]``) given ``changed`` of its part ``[begin:end]`` (``args[1:3]``):
    Python strings are immutable, so a C++ algorithm that edits one in place assigns it anew."""
    seq, begin, end = call.args[0], call.args[1], call.args[2]
    assert seq is not None
    if any(x is not None and has_side_effects(x) for x in (seq, begin, end)):
        raise b.unsupported(call, f"{call.op.value} of a string with side effects in its range")
    text = b.target(seq)
    parts = [f"{text}[:{b.expr(begin)}]"] if begin is not None else []
    parts.append(changed(f"{text}[{b.slice(begin, end)}]" if begin is not None or end is not None else text))
    parts += [f"{text}[{b.expr(end)}:]"] if end is not None else []
    b.emit(f"{text} = {' + '.join(parts)}")


def _pop_back(b: PythonBackend, call: ir.LibraryCall) -> None:
    seq = call.args[0]
    if seq is not None and isinstance(seq.type, t.StringType):
        text = b.target(seq)  # a str has no pop(): drop the last character
        b.emit(f"{text} = {text}[:-1]")
    else:
        b.emit(f"{b.expr(seq, ATOM)}.pop()")


def _reverse(b: PythonBackend, call: ir.LibraryCall) -> None:
    seq, begin, end = call.args
    if seq is not None and isinstance(seq.type, t.StringType):  # a str has no reverse()
        string_rebuilt(b, call, lambda piece: f"{piece}[::-1]")
    elif begin is None and end is None:
        b.emit(f"{b.expr(seq, ATOM)}.reverse()")
    else:
        piece = f"{b.expr(seq, ATOM)}[{b.slice(begin, end)}]"
        b.emit(f"{piece} = {piece}[::-1]")


def _remove_value(b: PythonBackend, call: ir.LibraryCall) -> None:
    # list.remove raises when x is absent; Java's List.remove(Object) then does nothing
    seq_expr, value_expr = call.args
    assert seq_expr is not None and value_expr is not None
    seq = b.expr(seq_expr, ATOM)
    b.emit(f"if {b.expr(value_expr, EQUALITY + 1)} in {seq}:")
    b.indent += 1
    b.emit(f"{seq}.remove({b.expr(value_expr)})")
    b.indent -= 1


def _fill(b: PythonBackend, call: ir.LibraryCall) -> None:
    seq, value, begin, end = call.args
    assert seq is not None and value is not None
    if isinstance(seq.type, t.StringType):  # a str has no slice assignment: rebuilt
        string_rebuilt(b, ir.LibraryCall(call.op, (seq, begin, end), type=call.type, location=call.location),
                       lambda piece: f"{b.expr(value, 11)} * {b.builtin('len')}({piece})")
        return
    if begin is not None or end is not None:
        piece = f"{b.expr(seq, ATOM)}[{b.slice(begin, end)}]"
        count = f"{b.expr(end if end is not None else ir.LibraryCall(L.LEN, (seq,), type=t.INT), 10)}"
        if begin is not None:
            count = f"({count} - {b.expr(begin, 11)})"
        b.emit(f"{piece} = [{b.expr(value)}] * {count}")
        return
    depth = 0
    inner = seq.type
    while isinstance(inner, t.ArrayType | t.ListType) and isinstance(inner.element, t.ArrayType | t.ListType):
        depth += 1
        inner = inner.element
    target = b.expr(seq, ATOM)
    for level in range(depth):
        row = "row" if level == 0 else f"row{level}"
        b.emit(f"for {row} in {target}:")
        b.indent += 1
        target = row
    b.emit(f"{target}[:] = [{b.expr(value)}] * {b.builtin('len')}({target})")
    b.indent -= depth


def _append(b: PythonBackend, call: ir.LibraryCall) -> None:
    target, piece = call.args
    assert target is not None and piece is not None
    if isinstance(piece.type, t.StringType | t.CharType):
        text = b.expr(piece)
    else:
        text = f"{b.builtin('str')}({b.expr(piece)})"
    b.emit(f"{b.target(target)} += {text}")


def _push(b: PythonBackend, call: ir.LibraryCall) -> None:
    container, value = call.args
    assert container is not None and value is not None
    if isinstance(container.type, t.PriorityQueueType):
        b.imports.add("import heapq")
        pushed = b.expr(_negated(value)) if container.type.max_first else b.expr(value)
        b.emit(f"heapq.heappush({b.expr(container)}, {pushed})")
    else:
        b.emit(f"{b.expr(container, ATOM)}.append({b.expr(value)})")


def _pop(b: PythonBackend, call: ir.LibraryCall) -> None:
    b.emit(b.pop_text(call))


def _push_front(b: PythonBackend, call: ir.LibraryCall) -> None:
    b.emit(f"{b.expr(call.args[0], ATOM)}.appendleft({b.expr(call.args[1])})")


def _pop_front(b: PythonBackend, call: ir.LibraryCall) -> None:
    b.emit(f"{b.expr(call.args[0], ATOM)}.popleft()")


def _print(b: PythonBackend, call: ir.LibraryCall) -> None:
    pieces = list(call.args)
    newline = bool(pieces) and isinstance(pieces[-1], ir.StringLiteral) and pieces[-1].value.endswith("\n")
    if newline:
        last = pieces.pop()
        assert isinstance(last, ir.StringLiteral)
        if last.value[:-1]:
            pieces.append(ir.StringLiteral(last.value[:-1], type=t.STRING))
    values = ", ".join(b.expr(p) for p in pieces if p is not None)
    options = [] if len(pieces) <= 1 else ['sep=""']
    if not newline:
        options.append('end=""')
    b.emit(f"print({', '.join([values, *options]) if values else ', '.join(options)})")


def _put(b: PythonBackend, call: ir.LibraryCall) -> None:
    b.emit(f"{b.expr(call.args[0], ATOM)}[{b.expr(call.args[1])}] = {b.expr(call.args[2])}")


def _merge(b: PythonBackend, call: ir.LibraryCall) -> None:
    b.emit(f"{b.expr(call.args[0], ATOM)}.merge({b.expr(call.args[1])}, {b.expr(call.args[2])})")


def _remove_key(b: PythonBackend, call: ir.LibraryCall) -> None:
    call = number_key(b, call)
    b.emit(f"{b.expr(call.args[0], ATOM)}.pop({b.expr(call.args[1])}, None)")


def _add_key(b: PythonBackend, call: ir.LibraryCall) -> None:
    b.emit(f"{b.expr(call.args[0], ATOM)}[{b.expr(call.args[1])}] = None")


STATEMENTS: dict[L, StatementPrinter] = {
    L.SWAP: _swap,
    L.SORT: _sort,
    L.SORT_DESC: _sort,
    L.LIST_POP_BACK: _pop_back,
    L.REVERSE: _reverse,
    L.LIST_REMOVE_VALUE: _remove_value,
    L.FILL: _fill,
    L.STR_APPEND: _append,
    L.PUSH: _push,
    L.POP: _pop,
    L.PUSH_FRONT: _push_front,
    L.POP_FRONT: _pop_front,
    L.PRINT: _print,
    L.MAP_PUT: _put,
    L.MAP_MERGE: _merge,
    L.MAP_REMOVE: _remove_key,
    L.SET_REMOVE: _remove_key,  # an insertion-ordered set only (``is_statement``)
    L.SET_ADD: _add_key,  # an insertion-ordered set only (``is_statement``)
}
# Sets are statements only where they are dicts of their elements (insertion order observed).
_SET_EDITS = frozenset({L.SET_ADD, L.SET_REMOVE})


def is_statement(call: ir.LibraryCall) -> bool:
    """Whether Python writes ``call`` as a statement of its own (and refuses it in an expression)."""
    if call.op in _SET_EDITS:
        return insertion_ordered_set(call.args[0])
    return call.op in STATEMENTS

# whole programs: number texts and the end of the program (python/program.py)
EXPRESSIONS.update(program.EXPRESSIONS)
STATEMENTS.update(program.STATEMENTS)

# text, bits and array copies (issue 13): python/printing_text.py
EXPRESSIONS.update(printing_text.EXPRESSIONS)
STATEMENTS.update(printing_text.STATEMENTS)
