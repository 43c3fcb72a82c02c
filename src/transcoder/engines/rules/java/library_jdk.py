"""Java library rows met in JDK code (issue 13, real code): ``Math.toIntExact``,
``Math.IEEEremainder``, ``String.lastIndexOf(ch, from)``, ``regionMatches``, ``replaceAll`` of a
pattern every target's regular expressions read alike, ``Objects.equals``,
``Objects.requireNonNull``, ``equals`` of two lists, sets or maps, ``Math``'s exact int
arithmetic (``addExact``...), ``toRadians``/``toDegrees``, ``list.add(index, x)``,
``Collections.swap``, ``Character.toString(c)``, ``Integer.sum``/``Long.sum``, ``Boolean.compare``
and ``Math.signum`` of a double. Importing this module adds them to ``library.STATIC`` and
``library.METHODS`` (the Java front end imports it).

``replaceAll``: Java's, Python's ``re`` and C++'s ECMAScript ``<regex>`` agree on a pattern made of
literal characters, escaped punctuation and bracket classes of ASCII characters and ranges
(negated or not), each optionally repeated by ``+`` or ``{n}``/``{n,m}`` with n >= 1: no anchors,
no ``.`` (each dialect stops it at other line ends), no ``\\d``/``\\w``/``\\s`` (Python's match
non-ASCII digits and letters), no groups or alternatives, and nothing that matches an empty text
(where the dialects place empty matches differently). The replacement must be plain text (no ``$``
or ``\\``, which each dialect reads in its own way). Anything else is refused.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

import tree_sitter

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.java import library
from transcoder.engines.rules.java.library import Candidates, Site

if TYPE_CHECKING:
    from transcoder.engines.rules.java.frontend import JavaFrontEnd

L = ir.LibOp
B = ir.BinaryOp

_LITERAL = r"[A-Za-z0-9 _,;:/=@#%!~'\"<>-]"
_ESCAPED = r"\\[.\\\[\]{}()*+?^$|/-]"
_CLASS = rf"\[\^?(?:[A-Za-z0-9]-[A-Za-z0-9]|{_ESCAPED}|[A-Za-z0-9 _,;:/=@#%!~'\"<>.+*?(){{}}|$])+\]"
_ATOM = rf"(?:{_LITERAL}|{_ESCAPED}|{_CLASS})"
_REPEAT = r"(?:\+|\{[1-9][0-9]*\}|\{[1-9][0-9]*,[0-9]*\})?"
_PORTABLE = re.compile(rf"(?:{_ATOM}{_REPEAT})+")


def portable_pattern(pattern: str) -> bool:
    """Whether Java, Python ``re`` and ECMAScript read ``pattern`` alike (see the module's text)."""
    if not _PORTABLE.fullmatch(pattern):
        return False
    for low, high in re.findall(r"([A-Za-z0-9])-([A-Za-z0-9])", pattern):
        if low > high or low.isdigit() != high.isdigit() or low.isupper() != high.isupper():
            return False  # a range within digits, upper or lower case letters only
    return True


def _call(f: JavaFrontEnd, site: Site, op: ir.LibOp, type_: t.Type, *args: ir.Expr | None) -> ir.Expr:
    receiver = () if site.receiver is None else (site.receiver,)
    return ir.LibraryCall(op, (*receiver, *args), type=type_, location=f.location(site.node))


def _to_int_exact(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    if len(site.args) != 1 or not t.is_integral(site.args[0].type):
        return None
    return _call(f, site, L.TO_INT_EXACT, t.INT, f.coerce(site.args[0], t.LONG))


def _remainder(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    if len(site.args) != 2:
        return None
    x, y = (f.coerce(a, t.DOUBLE) for a in site.args)
    return _call(f, site, L.IEEE_REMAINDER, t.DOUBLE, x, y)


def _last_index_of_from(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    """``lastIndexOf(ch, from)`` of a char; ``lastIndexOf(t, from)`` of a text: -1 for a negative
    from (an empty t too), else the last t beginning at or before from, which is Python's
    ``s.rfind(t, 0, from + len(t))`` (the end in 64 bits: from may be Integer.MAX_VALUE; an empty
    t is found at min(from, length), as in Java). The text and from are read twice: both must be
    free of side effects."""
    if len(site.args) != 2:
        return None
    needle, start = site.args
    if isinstance(needle.type, t.CharType):
        return _call(f, site, L.STR_FIND_LAST_FROM, t.INT, needle, f.coerce(start, t.INT))
    if not isinstance(needle.type, t.StringType):
        return None
    if not (_repeatable(needle) and _repeatable(start)):
        raise f.unsupported(site.node, "lastIndexOf of a text from a position, with side effects")
    loc = f.location(site.node)
    wide = f.coerce(start, t.LONG)
    length = f.coerce(ir.LibraryCall(L.STR_LEN, (needle,), type=t.INT, location=loc), t.LONG)
    end = ir.Binary(B.ADD, wide, length, type=t.LONG, location=loc)
    zero = ir.IntLiteral(0, type=t.LONG, location=loc)
    found = _call(f, site, L.PY_STR_RFIND, t.INT, needle, zero, end)
    zero_int, none = (ir.IntLiteral(n, type=t.INT, location=loc) for n in (0, -1))
    negative = ir.Binary(B.LT, f.coerce(start, t.INT), zero_int, type=t.BOOL, location=loc)
    return ir.Conditional(negative, none, found, type=t.INT, location=loc)


def _region_matches(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    if len(site.args) != 4 or not isinstance(site.args[1].type, t.StringType):
        return None
    offset, other, other_offset, count = site.args
    ints = (f.coerce(x, t.INT) for x in (offset, other_offset, count))
    offset, other_offset, count = ints
    return _call(f, site, L.REGION_MATCHES, t.BOOL, offset, other, other_offset, count)


def _replace_all(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    if len(site.args) != 2:
        return None
    pattern, text = site.args
    if not (isinstance(pattern, ir.StringLiteral) and portable_pattern(pattern.value)):
        raise f.unsupported(site.node, "replaceAll of a pattern the targets' regular expressions read differently")
    if not isinstance(text, ir.StringLiteral) or {"$", "\\"} & set(text.value):
        raise f.unsupported(site.node, "replaceAll with a replacement other than a plain literal")
    return _call(f, site, L.STR_REPLACE_REGEX, t.STRING, pattern, text)


_COMPARED_BY_VALUE = t.StringType | t.IntType | t.CharType | t.BoolType


def _objects_equals(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    """``Objects.equals(a, b)`` of two strings, or two boxed values of one type: equal values, or
    both null (the IR's ``==`` on them; Python's ``None == None``; C++ values are never null).
    Refused: values of two types (``Integer.equals(Long)`` is false whatever the values), doubles
    (``Double.equals`` tells -0.0 from 0.0 and finds NaN equal to itself), and objects."""
    if len(site.args) != 2:
        return None
    a, b = site.args
    if not isinstance(a.type, _COMPARED_BY_VALUE) or a.type != b.type:
        raise f.unsupported(site.node, f"Objects.equals of {a.type} and {b.type}")
    return ir.Binary(B.EQ, a, b, type=t.BOOL, location=f.location(site.node))


def require_non_null(f: JavaFrontEnd, node: tree_sitter.Node, args: list[tree_sitter.Node]) -> ir.Stmt:
    """``Objects.requireNonNull(x[, message]);``: NullPointerException when x is null (a comparison
    with null, which each target reads or refuses as it does ``x == null``)."""
    if len(args) not in (1, 2):
        raise f.unsupported(node, "Objects.requireNonNull with a supplier")
    value = f.expression(args[0])
    message = f.expression(args[1]) if len(args) == 2 else None
    if message is not None and not isinstance(message.type, t.StringType):
        raise f.unsupported(args[1], "exception message that is not a string")
    if any(isinstance(x, ir.AssignExpr | ir.IncDec | ir.Call) for x in ir.walk(value)):
        raise f.unsupported(node, "Objects.requireNonNull of a value with side effects")
    loc = f.location(node)
    null = ir.Binary(B.EQ, value, ir.NullLiteral(location=loc), type=t.BOOL, location=loc)
    return ir.If(null, ir.Throw("null", message, location=loc), location=loc)


def string_from_chars(f: JavaFrontEnd, node: tree_sitter.Node, args: list[ir.Expr]) -> ir.Expr:
    """``new String(chars)``, ``new String(chars, offset, count)``: the chars' text, or its
    ``substring(offset, offset + count)`` (both throw where Java's constructor throws)."""
    loc = f.location(node)
    text = ir.LibraryCall(L.STR_FROM_CHARS, (args[0],), type=t.STRING, location=loc)
    if len(args) == 1:
        return text
    offset, count = (f.coerce(a, t.INT) for a in args[1:])
    if any(isinstance(x, ir.AssignExpr | ir.IncDec | ir.Call) for x in ir.walk(offset)):
        raise f.unsupported(node, "new String from an offset with side effects")
    end = ir.Binary(B.ADD, offset, count, type=t.INT, location=loc)
    return ir.LibraryCall(L.SUBSTRING, (text, offset, end), type=t.STRING, location=loc)


def _to_bits(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    """``Double.doubleToRawLongBits(x)`` / ``doubleToLongBits(x)`` (every NaN one pattern)."""
    if len(site.args) != 1 or not isinstance(site.args[0].type, t.FloatType | t.IntType):
        return None
    raw = ir.BoolLiteral(site.name == "doubleToRawLongBits", type=t.BOOL)
    return _call(f, site, L.DOUBLE_TO_BITS, t.LONG, f.coerce(site.args[0], t.DOUBLE), raw)


def _from_bits(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    if len(site.args) != 1 or not t.is_integral(site.args[0].type):
        return None
    return _call(f, site, L.DOUBLE_FROM_BITS, t.DOUBLE, f.coerce(site.args[0], t.LONG))


def _compared_by_value(type_: t.Type) -> bool:
    """Whether Java's ``equals`` on values of ``type_`` is the targets' ``==``: strings, integers,
    chars, booleans, and lists, sets and maps of them. Not doubles (``Double.equals`` tells -0.0
    from 0.0 and finds NaN equal to itself), arrays (compared by identity inside a collection),
    or objects."""
    if isinstance(type_, t.ListType | t.SetType):
        return _compared_by_value(type_.element)
    if isinstance(type_, t.MapType):
        return _compared_by_value(type_.key) and _compared_by_value(type_.value)
    return isinstance(type_, _COMPARED_BY_VALUE)


def _collection_equals(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    """``a.equals(b)`` of two lists (the same elements in the same order), sets (the same elements)
    or maps (the same keys, each to an equal value) of one type: the IR's ``==`` on containers
    (C++'s ``==`` on containers, Python's ``==``). Refused: two types (a ``List<Integer>`` never
    equals a ``List<Long>`` that holds elements, and C++ cannot compare them) and elements not
    compared by value (see ``_compared_by_value``)."""
    if len(site.args) != 1 or site.receiver is None:
        return None
    receiver, other = site.receiver, site.args[0]
    if receiver.type != other.type:
        raise f.unsupported(site.node, "equals of two collections of different types")
    if not _compared_by_value(receiver.type):
        raise f.unsupported(site.node, "equals of collections whose elements are doubles, arrays or objects")
    return ir.Binary(B.EQ, receiver, other, type=t.BOOL, location=f.location(site.node))


def _exact(op: B | None, constant: int | None = None) -> library.Recognizer:
    """``Math.addExact(a, b)``, ``subtractExact``, ``multiplyExact``, ``negateExact(a)``,
    ``incrementExact(a)``, ``decrementExact(a)`` of ints: the result computed in 64 bits (where
    it cannot overflow: at most 2^62 in size) and converted back by ``toIntExact``, which throws
    ArithmeticException where the int result would overflow, as these do. Of longs: refused (the
    exact result needs more than 64 bits)."""

    def recognize(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
        if len(site.args) != (2 if op is not None and constant is None else 1):
            return None
        if not all(t.is_integral(a.type) for a in site.args):
            return None
        if any(t.promote(a.type, t.INT) != t.INT for a in site.args):
            raise f.unsupported(site.node, f"Math.{site.name} of a long (its exact result needs more than 64 bits)")
        loc = f.location(site.node)
        wide = [f.coerce(a, t.LONG) for a in site.args]
        if op is None:  # negateExact
            value: ir.Expr = ir.Unary(ir.UnaryOp.NEG, wide[0], type=t.LONG, location=loc)
        else:
            right = wide[1] if constant is None else ir.IntLiteral(constant, type=t.LONG, location=loc)
            value = ir.Binary(op, wide[0], right, type=t.LONG, location=loc)
        return _call(f, site, L.TO_INT_EXACT, t.INT, value)

    return recognize


def _angle(factor: float) -> library.Recognizer:
    """``Math.toRadians(x)`` / ``toDegrees(x)``: x times Java's constant (0.017453292519943295,
    57.29577951308232 since JDK 9), the same double product in every target."""

    def recognize(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
        if len(site.args) != 1:
            return None
        loc = f.location(site.node)
        scale = ir.FloatLiteral(factor, type=t.DOUBLE, location=loc)
        return ir.Binary(B.MUL, f.coerce(site.args[0], t.DOUBLE), scale, type=t.DOUBLE, location=loc)

    return recognize


def _insert_at(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    """``list.add(index, x)``: x inserted before position index (IndexOutOfBoundsException
    outside 0..size, an event of ``analysis/raises.py`` as for ``remove(index)``)."""
    if len(site.args) != 2 or site.receiver is None or not t.is_integral(site.args[0].type):
        return None
    element = t.element_type(site.receiver.type)
    index, value = f.coerce(site.args[0], t.INT), f.coerce(site.args[1], element)
    return _call(f, site, L.LIST_INSERT, t.VOID, index, value)


def _swap(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    """``Collections.swap(list, i, j)``: the two elements exchanged (the list is named twice, so
    it must be a plain name; the positions are read once each)."""
    if len(site.args) != 3 or not isinstance(site.args[0].type, t.ListType):
        return None
    seq, i, j = site.args
    if not isinstance(seq, ir.Name) or not all(_repeatable(x) for x in (i, j)):
        raise f.unsupported(site.node, "Collections.swap of a computed list or positions with side effects")
    loc = f.location(site.node)
    element = t.element_type(seq.type)
    first, second = (ir.Index(seq, f.coerce(x, t.INT), type=element, location=loc) for x in (i, j))
    return ir.LibraryCall(L.SWAP, (first, second), type=t.VOID, location=loc)


def _repeatable(expr: ir.Expr) -> bool:
    return all(not isinstance(n, ir.AssignExpr | ir.IncDec | ir.Call | ir.Invoke) for n in ir.walk(expr))


def _char_text(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    """``Character.toString(c)`` of a char (of an int it is a code point's text: not this row)."""
    if len(site.args) != 1 or not isinstance(site.args[0].type, t.CharType):
        return None
    return _call(f, site, L.TO_STRING, t.STRING, site.args[0])


def _sum(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    """``Integer.sum(a, b)`` / ``Long.sum``: ``a + b`` of the owner's width (wrapping as Java's)."""
    if len(site.args) != 2 or not all(t.is_integral(a.type) for a in site.args):
        return None
    width = t.INT if site.owner == "Integer" else t.LONG
    a, b = (f.coerce(x, width) for x in site.args)
    return ir.Binary(B.ADD, a, b, type=width, location=f.location(site.node))


def _boolean_compare(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    """``Boolean.compare(a, b)``: 0 when equal, 1 when a is true, else -1 (each read once: a
    side-effect-free pair, since a is read twice)."""
    if len(site.args) != 2 or not all(isinstance(a.type, t.BoolType) for a in site.args):
        return None
    a, b = site.args
    if not _repeatable(a):
        raise f.unsupported(site.node, "Boolean.compare of a value with side effects")
    loc = f.location(site.node)
    zero, one, minus_one = (ir.IntLiteral(n, type=t.INT, location=loc) for n in (0, 1, -1))
    equal = ir.Binary(B.EQ, a, b, type=t.BOOL, location=loc)
    unequal = ir.Conditional(a, one, minus_one, type=t.INT, location=loc)
    return ir.Conditional(equal, zero, unequal, type=t.INT, location=loc)


def _signum(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    """``Math.signum(x)`` of a double: 1.0 above zero, -1.0 below, else x itself (a zero keeps
    its sign, NaN stays NaN). x is read up to three times: side effects refused."""
    if len(site.args) != 1 or not isinstance(site.args[0].type, t.FloatType) or site.args[0].type != t.DOUBLE:
        return None
    x = site.args[0]
    if not _repeatable(x):
        raise f.unsupported(site.node, "Math.signum of a value with side effects")
    loc = f.location(site.node)
    zero, one, minus_one = (ir.FloatLiteral(v, type=t.DOUBLE, location=loc) for v in (0.0, 1.0, -1.0))
    below = ir.Conditional(ir.Binary(B.LT, x, zero, type=t.BOOL, location=loc), minus_one, x, type=t.DOUBLE, location=loc)
    return ir.Conditional(ir.Binary(B.GT, x, zero, type=t.BOOL, location=loc), one, below, type=t.DOUBLE, location=loc)


_JAVA_ASCII_WHITESPACE = ((9, 13), (28, 32))  # \t..\r, \u001c..\u001f and the space
_NOT_JAVA_WHITESPACE = (0x85, 0xA0, 0x2007, 0x202F)  # Python's isspace() accepts these


def _is_whitespace(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    """``Character.isWhitespace(c)`` of a char: Java's set, which is neither C's ``isspace``
    (without \u001c..\u001f) nor Python's ``str.isspace`` (with \u0085, the no-break spaces
    \u00a0, \u2007, \u202f): the ASCII ranges by code, and above ASCII the targets' test without
    those four (C++ chars hold ASCII only). c is read several times: side effects refused."""
    if len(site.args) != 1 or not isinstance(site.args[0].type, t.CharType):
        return None
    c = site.args[0]
    if not _repeatable(c):
        raise f.unsupported(site.node, "Character.isWhitespace of a value with side effects")
    loc = f.location(site.node)
    code = ir.Cast(c, type=t.INT, location=loc)

    def number(value: int) -> ir.Expr:
        return ir.IntLiteral(value, type=t.INT, location=loc)

    def both(a: ir.Expr, b: ir.Expr) -> ir.Expr:
        return ir.Binary(B.AND, a, b, type=t.BOOL, location=loc)

    def either(a: ir.Expr, b: ir.Expr) -> ir.Expr:
        return ir.Binary(B.OR, a, b, type=t.BOOL, location=loc)

    def compare(op: B, value: int) -> ir.Expr:
        return ir.Binary(op, code, number(value), type=t.BOOL, location=loc)

    low, high = _JAVA_ASCII_WHITESPACE
    ascii_space = either(
        both(compare(B.GE, low[0]), compare(B.LE, low[1])), both(compare(B.GE, high[0]), compare(B.LE, high[1]))
    )
    wide: ir.Expr = both(compare(B.GT, 127), ir.LibraryCall(L.IS_SPACE, (c,), type=t.BOOL, location=loc))
    for excluded in _NOT_JAVA_WHITESPACE:
        wide = both(wide, compare(B.NE, excluded))
    return either(ascii_space, wide)


_CHARACTER_CLASSES = {
    "isDigit": (L.IS_DIGIT, t.BOOL),
    "isLetter": (L.IS_ALPHA, t.BOOL),
    "isLetterOrDigit": (L.IS_ALNUM, t.BOOL),
    "isUpperCase": (L.IS_UPPER, t.BOOL),
    "isLowerCase": (L.IS_LOWER, t.BOOL),
    "toUpperCase": (L.TO_UPPER, t.CHAR),
    "toLowerCase": (L.TO_LOWER, t.CHAR),
}
"""Java's tests and simple case mappings of one char (Unicode's classes: ``isDigit`` is Nd, a
letter is L*), which each target prints exactly for a char: Python ``isdecimal``/``isalpha``
and the one-char mappings (python/runtime/text.py), C++ chars hold ASCII only."""


def _character_class(name: str) -> Callable[[JavaFrontEnd, Site], ir.Expr | None]:
    op, result = _CHARACTER_CLASSES[name]

    def recognize(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
        if len(site.args) != 1:
            return None
        if not isinstance(site.args[0].type, t.CharType):  # Character.isDigit(int codePoint)
            raise f.unsupported(site.node, f"Character.{name} of an int code point (only of a char)")
        return _call(f, site, op, result, site.args[0])

    return recognize


def _is_alphabetic(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    """``Character.isAlphabetic``: Unicode's Alphabetic property (letters, letter numbers and
    marks such as U+0345), which no target tests: Python's ``isalpha`` differs on 964 chars."""
    raise f.unsupported(site.node, "Character.isAlphabetic (Unicode's Alphabetic property: no target has it)")


_EXACT = {
    "addExact": _exact(B.ADD),
    "subtractExact": _exact(B.SUB),
    "multiplyExact": _exact(B.MUL),
    "negateExact": _exact(None),
    "incrementExact": _exact(B.ADD, 1),
    "decrementExact": _exact(B.SUB, 1),
    "toRadians": _angle(0.017453292519943295),
    "toDegrees": _angle(57.29577951308232),
}

STATIC: dict[tuple[str, str], Candidates] = {
    **{(owner, name): (recognize,) for owner in ("Math", "StrictMath") for name, recognize in _EXACT.items()},
    ("Collections", "swap"): (_swap,),
    ("Character", "toString"): (_char_text,),
    ("Character", "isWhitespace"): (_is_whitespace,),
    **{("Character", name): (_character_class(name),) for name in _CHARACTER_CLASSES},
    ("Character", "isAlphabetic"): (_is_alphabetic,),
    ("Integer", "sum"): (_sum,),
    ("Long", "sum"): (_sum,),
    ("Boolean", "compare"): (_boolean_compare,),
    ("Math", "signum"): (_signum,),
    ("StrictMath", "signum"): (_signum,),
    ("Double", "doubleToRawLongBits"): (_to_bits,),
    ("Double", "doubleToLongBits"): (_to_bits,),
    ("Double", "longBitsToDouble"): (_from_bits,),
    ("Math", "toIntExact"): (_to_int_exact,),
    ("StrictMath", "toIntExact"): (_to_int_exact,),
    ("Math", "IEEEremainder"): (_remainder,),
    ("StrictMath", "IEEEremainder"): (_remainder,),
    ("Objects", "equals"): (_objects_equals,),
}

STRING_METHODS: dict[str, Candidates] = {
    "lastIndexOf": (_last_index_of_from,),
    "regionMatches": (_region_matches,),
    "replaceAll": (_replace_all,),
}

library.STATIC.update(STATIC)
library.METHODS[t.ListType]["add"] = (_insert_at, *library.METHODS[t.ListType]["add"])
for _container in (t.ListType, t.SetType, t.MapType):
    library.METHODS[_container]["equals"] = (_collection_equals,)
for _name, _candidates in STRING_METHODS.items():
    _known = library.METHODS[t.StringType].get(_name, ())
    library.METHODS[t.StringType][_name] = (*_known, *_candidates)
