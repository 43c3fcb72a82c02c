"""Java library rows of issue 13: ``String`` methods (``trim``, ``replace``, ``split``, ``startsWith``,
``lastIndexOf``...), ``Integer``/``Long`` bit methods, ``Boolean``/``Byte`` conversions, array
copies. Importing this module adds them to ``library.STATIC`` and ``library.METHODS`` (the Java
front end imports it); a row is one IR operation, a recognizer a call whose shape decides it.

Where Java's method depends on a regular expression (``split``), only separators that are plain
text are read (a literal without regex syntax, or one escaped character such as ``"\\\\."``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.java import library
from transcoder.engines.rules.java.library import Candidates, Row, Site

if TYPE_CHECKING:
    from transcoder.engines.rules.java.frontend import JavaFrontEnd

L = ir.LibOp
B = ir.BinaryOp

_REGEX_SPECIAL = frozenset("\\^$.|?*+()[]{}")


def _text(f: JavaFrontEnd, expr: ir.Expr) -> ir.Expr:
    """A char argument where a text is expected (``replace('a', 'b')``) as a one-char string."""
    if isinstance(expr.type, t.CharType):
        return ir.LibraryCall(L.TO_STRING, (expr,), type=t.STRING, location=expr.location)
    return expr


def _call(f: JavaFrontEnd, site: Site, op: ir.LibOp, type_: t.Type, *args: ir.Expr | None) -> ir.Expr:
    receiver = () if site.receiver is None else (site.receiver,)
    return ir.LibraryCall(op, (*receiver, *args), type=type_, location=f.location(site.node))


def _never_empty(expr: ir.Expr) -> bool:
    return isinstance(expr.type, t.CharType) or (isinstance(expr, ir.StringLiteral) and expr.value != "")


def _index_of_from(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    """``indexOf(x, from)``: an empty text found past the end is the only place the languages
    differ (Java: the length; Python, C++: -1). A needle that may be empty is searched from
    ``min(from, s.length())`` (where an empty text is found at the start, clamped at 0 by the
    operation, in every language), which reads the receiver twice: it must have no side effects."""
    if len(site.args) != 2:
        return None
    needle, start = site.args
    if _never_empty(needle):
        return _call(f, site, L.STR_FIND_FROM, t.INT, needle, start)
    assert site.receiver is not None
    if not (_pure(site.receiver) and _pure(start)):
        raise f.unsupported(site.node, "indexOf from a position of a text that may be empty, on a computed string")
    loc = f.location(site.node)
    length = ir.LibraryCall(L.STR_LEN, (site.receiver,), type=t.INT, location=loc)
    clamped = ir.LibraryCall(L.MIN, (f.coerce(start, t.INT), length), type=t.INT, location=loc)
    return _call(f, site, L.STR_FIND_FROM, t.INT, needle, clamped)


def _replace(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    if len(site.args) != 2:
        return None
    old, new = (_text(f, a) for a in site.args)
    return _call(f, site, L.STR_REPLACE, t.STRING, old, new)


def _case(op: ir.LibOp) -> library.Recognizer:
    def recognize(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
        return None if site.args else _call(f, site, op, t.STRING)

    return recognize


def plain_separator(pattern: str) -> str | None:
    """The text a regular expression matches when it is plain text (``","``, ``"\\\\."``), else None."""
    if len(pattern) == 2 and pattern[0] == "\\" and pattern[1] in _REGEX_SPECIAL:
        return pattern[1]
    if pattern and not _REGEX_SPECIAL & set(pattern):
        return pattern
    return None


def _split(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    if len(site.args) != 1:
        return None
    pattern = site.args[0]
    text = plain_separator(pattern.value) if isinstance(pattern, ir.StringLiteral) else None
    if text is None:
        raise f.unsupported(site.node, "split on a regular expression (only plain-text separators)")
    separator = ir.StringLiteral(text, type=t.STRING, location=pattern.location)
    return _call(f, site, L.STR_SPLIT, t.ArrayType(t.STRING), separator)


def _concat(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    if len(site.args) != 1 or site.receiver is None:
        return None
    return ir.Binary(B.ADD, site.receiver, site.args[0], type=t.STRING, location=f.location(site.node))


STRING_METHODS: dict[str, Candidates] = {
    "lastIndexOf": (Row(L.STR_FIND_LAST, 1, t.INT),),
    "indexOf": (_index_of_from,),
    "startsWith": (Row(L.STARTS_WITH, 1, t.BOOL),),
    "endsWith": (Row(L.ENDS_WITH, 1, t.BOOL),),
    "equalsIgnoreCase": (Row(L.EQUALS_IGNORE_CASE, 1, t.BOOL),),
    "trim": (Row(L.STR_TRIM, 0, t.STRING),),
    "replace": (_replace,),
    "toUpperCase": (_case(L.STR_UPPER),),
    "toLowerCase": (_case(L.STR_LOWER),),
    "split": (_split,),
    "repeat": (Row(L.STR_TIMES, 1, t.STRING),),
    "concat": (_concat,),
}


# -- static methods ------------------------------------------------------------------------------


def _width(owner: str) -> t.IntType:
    return t.LONG if owner == "Long" else t.INT


def _bits(op: ir.LibOp, arity: int, *, same_type: bool) -> library.Recognizer:
    """``Integer.op(x, ...)``/``Long.op(x, ...)``: x of the owner's width."""

    def recognize(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
        if len(site.args) != arity:
            return None
        width = _width(site.owner)
        value = f.coerce(site.args[0], width)
        return _call(f, site, op, width if same_type else t.INT, value, *site.args[1:])

    return recognize


def _to_base(base: int) -> library.Recognizer:
    def recognize(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
        if len(site.args) != 1:
            return None
        value = f.coerce(site.args[0], _width(site.owner))
        return _call(f, site, L.TO_BASE_STRING, t.STRING, value, ir.IntLiteral(base, type=t.INT))

    return recognize


def _pure(expr: ir.Expr) -> bool:
    """No assignment, update or call (of a method or of a function value: a lambda may print)."""
    return all(not isinstance(n, ir.AssignExpr | ir.IncDec | ir.Call | ir.Invoke) for n in ir.walk(expr))


def _compare(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    """``Integer.compare(a, b)``/``Long.compare``/``Character.compare``: -1, 0 or 1 (a char's
    difference for Character)."""
    if len(site.args) != 2:
        return None
    a, b = site.args
    loc = f.location(site.node)
    if site.owner == "Character":
        return ir.Binary(B.SUB, a, b, type=t.INT, location=loc)
    if not (_pure(a) and _pure(b)):
        raise f.unsupported(site.node, f"{site.owner}.compare of values with side effects")
    width = _width(site.owner)
    a, b = f.coerce(a, width), f.coerce(b, width)

    def number(value: int) -> ir.Expr:
        return ir.IntLiteral(value, type=t.INT)

    less = ir.Binary(B.LT, a, b, type=t.BOOL, location=loc)
    equal = ir.Binary(B.EQ, a, b, type=t.BOOL, location=loc)
    inner = ir.Conditional(equal, number(0), number(1), type=t.INT, location=loc)
    return ir.Conditional(less, number(-1), inner, type=t.INT, location=loc)


def _hash_code(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    """``Integer.hashCode(x)`` is x; ``Long.hashCode(v)`` is ``(int) (v ^ (v >>> 32))``."""
    if len(site.args) != 1:
        return None
    loc = f.location(site.node)
    if site.owner == "Integer":
        return f.coerce(site.args[0], t.INT)
    value = f.coerce(site.args[0], t.LONG)
    if not _pure(value):
        raise f.unsupported(site.node, "Long.hashCode of a value with side effects")
    shifted = ir.Binary(B.USHR, value, ir.IntLiteral(32, type=t.INT), type=t.LONG, location=loc)
    mixed = ir.Binary(B.BIT_XOR, value, shifted, type=t.LONG, location=loc)
    return ir.Cast(mixed, type=t.INT, location=loc)


def _unsigned(mask: int, width: t.IntType) -> library.Recognizer:
    """``Byte.toUnsignedInt(b)``, ``Integer.toUnsignedLong(x)``...: the value's low bits."""

    def recognize(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
        if len(site.args) != 1:
            return None
        value = f.coerce(site.args[0], width)
        literal = ir.IntLiteral(mask, type=width)
        return ir.Binary(B.BIT_AND, value, literal, type=width, location=f.location(site.node))

    return recognize


def _parse_boolean(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    """``Boolean.parseBoolean(s)``: true for "true" in any case."""
    if len(site.args) != 1:
        return None
    literal = ir.StringLiteral("true", type=t.STRING)
    return _call(f, site, L.EQUALS_IGNORE_CASE, t.BOOL, site.args[0], literal)


def _is_bmp(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    """``Character.isBmpCodePoint(cp)``: ``cp >>> 16 == 0``."""
    if len(site.args) != 1:
        return None
    loc = f.location(site.node)
    value = f.coerce(site.args[0], t.INT)
    high = ir.Binary(B.USHR, value, ir.IntLiteral(16, type=t.INT), type=t.INT, location=loc)
    return ir.Binary(B.EQ, high, ir.IntLiteral(0, type=t.INT), type=t.BOOL, location=loc)


def _is_valid_code_point(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    """``Character.isValidCodePoint(cp)``: ``cp >>> 16 < 0x11`` (0 to U+10FFFF)."""
    if len(site.args) != 1:
        return None
    loc = f.location(site.node)
    value = f.coerce(site.args[0], t.INT)
    plane = ir.Binary(B.USHR, value, ir.IntLiteral(16, type=t.INT), type=t.INT, location=loc)
    return ir.Binary(B.LT, plane, ir.IntLiteral(0x11, type=t.INT), type=t.BOOL, location=loc)


def _copy_of(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    """``Arrays.copyOf(a, n)``/``copyOfRange(a, from, to)``: a new array, zeros past a's end."""
    args = site.args
    if len(args) not in (2, 3) or not isinstance(args[0].type, t.ArrayType):
        return None
    begin, end = (ir.IntLiteral(0, type=t.INT), args[1]) if len(args) == 2 else (args[1], args[2])
    return _call(f, site, L.COPY_RANGE, args[0].type, args[0], begin, end)


def _array_copy(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    if len(site.args) != 5:
        return None
    src, src_pos, dst, dst_pos, count = site.args
    return _call(f, site, L.ARRAY_COPY, t.VOID, dst, dst_pos, src, src_pos, count)


def _join(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    """``String.join(separator, pieces)`` of a list or array of strings."""
    if len(site.args) != 2 or not isinstance(t.element_type(site.args[1].type), t.StringType):
        return None
    return _call(f, site, L.STR_JOIN, t.STRING, f.coerce(site.args[0], t.STRING), site.args[1])


def _invoke(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    from transcoder.engines.rules.java.frontend.functions import invoke

    return invoke(f, site)


def _boxed_bits(owner: str) -> dict[tuple[str, str], Candidates]:
    return {
        (owner, "numberOfLeadingZeros"): (_bits(L.LEADING_ZEROS, 1, same_type=False),),
        (owner, "numberOfTrailingZeros"): (_bits(L.TRAILING_ZEROS, 1, same_type=False),),
        (owner, "rotateLeft"): (_bits(L.ROTATE_LEFT, 2, same_type=True),),
        (owner, "rotateRight"): (_bits(L.ROTATE_RIGHT, 2, same_type=True),),
        (owner, "signum"): (_bits(L.SIGNUM, 1, same_type=False),),
        (owner, "toBinaryString"): (_to_base(2),),
        (owner, "toOctalString"): (_to_base(8),),
        (owner, "toHexString"): (_to_base(16),),
        (owner, "compare"): (_compare,),
        (owner, "hashCode"): (_hash_code,),
    }


STATIC: dict[tuple[str, str], Candidates] = {
    **_boxed_bits("Integer"),
    **_boxed_bits("Long"),
    ("Character", "compare"): (_compare,),
    ("Character", "isBmpCodePoint"): (_is_bmp,),
    ("Character", "isValidCodePoint"): (_is_valid_code_point,),
    ("Byte", "toUnsignedInt"): (_unsigned(0xFF, t.INT),),
    ("Byte", "toUnsignedLong"): (_unsigned(0xFF, t.LONG),),
    ("Short", "toUnsignedInt"): (_unsigned(0xFFFF, t.INT),),
    ("Integer", "toUnsignedLong"): (_unsigned(0xFFFFFFFF, t.LONG),),
    ("Boolean", "parseBoolean"): (_parse_boolean,),
    ("Arrays", "copyOf"): (_copy_of,),
    ("Arrays", "copyOfRange"): (_copy_of,),
    ("System", "arraycopy"): (_array_copy,),
    ("String", "join"): (_join,),
}

# calls of a function value's method (`f.apply(x)`): java/frontend/functions.py
METHODS_OF_FUNCTIONS: dict[str, Candidates] = {
    name: (_invoke,)
    for name in ("compare", "apply", "applyAsInt", "applyAsLong", "applyAsDouble", "test", "accept", "get", "run")
}

# StrictMath's methods whose result is exact (correctly rounded or an integer): the same as Math's
# (its transcendental functions follow fdlibm to the bit, which the targets' libm need not)
_STRICT_AS_MATH = ("abs", "max", "min", "sqrt", "floor", "ceil", "floorDiv", "floorMod", "toIntExact")

library.STATIC.update(STATIC)
library.STATIC.update(
    {
        ("StrictMath", name): library.STATIC[("Math", name)]
        for name in _STRICT_AS_MATH
        if ("Math", name) in library.STATIC
    }
)
library.METHODS[t.FunctionType] = {**library.METHODS.get(t.FunctionType, {}), **METHODS_OF_FUNCTIONS}
for _name, _candidates in STRING_METHODS.items():
    _known = library.METHODS[t.StringType].get(_name, ())
    library.METHODS[t.StringType][_name] = (*_known, *_candidates)
