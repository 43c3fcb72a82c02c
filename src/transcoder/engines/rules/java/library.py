"""Which Java library calls the front end recognizes, and as which IR operations: tables.

``STATIC`` maps ``(class, method)`` (``Math.max``, ``Arrays.fill``) and ``METHODS`` maps a
receiver's IR type and a method name (``list.add``, ``map.getOrDefault``) to candidates: a
``Row`` (a number of arguments, one ``LibOp``, a result type) or a recognizer for calls whose
shape decides the IR. Candidates are tried in order; a call none of them fits is refused as
``call of 'Owner.name'`` or ``method 'name' on T``. Sorting (``Arrays.sort``, comparators) and
streams are the front end's. Adding a library call: a row here (and rows in each target's
``printing`` table if the operation is new), and a golden case.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import tree_sitter

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.cfamily.frontend import MATH_FUNCTIONS

if TYPE_CHECKING:
    from transcoder.engines.rules.java.frontend import JavaFrontEnd

L = ir.LibOp


@dataclass(frozen=True, slots=True)
class Site:
    """A library call as the recognizers see it: ``Owner.name(args)`` or ``receiver.name(args)``."""

    name: str
    """The method's name."""
    args: Sequence[ir.Expr]
    """The arguments as IR."""
    node: tree_sitter.Node
    """The whole call."""
    owner: str = ""
    """The class of a static call."""
    receiver: ir.Expr | None = None
    """The object of an instance call (its first IR argument)."""


@dataclass(frozen=True, slots=True)
class Row:
    """``arity`` arguments (after the receiver, if any) become one operation."""

    op: ir.LibOp
    """The IR operation."""
    arity: int
    """How many arguments the call takes."""
    result: t.Type | Callable[[Site], t.Type]
    """The result's type, or how to find it from the call."""
    element: bool = False
    """The argument converts to the receiver's element type."""


Recognizer = Callable[["JavaFrontEnd", Site], ir.Expr | None]
Candidates = tuple[Row | Recognizer, ...]


def _promoted(site: Site) -> t.Type:
    return t.promote(site.args[0].type, site.args[1].type)


def _element(site: Site) -> t.Type:
    assert site.receiver is not None
    return t.element_type(site.receiver.type)


def _value(site: Site) -> t.Type:
    assert site.receiver is not None and isinstance(site.receiver.type, t.MapType)
    return site.receiver.type.value


def _call(f: JavaFrontEnd, site: Site, op: ir.LibOp, type_: t.Type, *args: ir.Expr | None) -> ir.Expr:
    receiver = () if site.receiver is None else (site.receiver,)
    return ir.LibraryCall(op, (*receiver, *args), type=type_, location=f.location(site.node))


# -- static methods -----------------------------------------------------------------------------


def _math_min_max(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    if len(site.args) != 2:
        return None
    type_ = _promoted(site)
    first, second = (f.coerce(x, type_) for x in site.args)
    return _call(f, site, L.MAX if site.name == "max" else L.MIN, type_, first, second)


def _math_abs(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    if len(site.args) != 1:
        return None
    return _call(f, site, L.ABS, t.promote(site.args[0].type, t.INT), site.args[0])


def _floor(op: ir.BinaryOp) -> Recognizer:
    """``Math.floorDiv``/``floorMod``: the IR's flooring operators."""

    def recognize(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
        if len(site.args) != 2:
            return None
        left, right = site.args
        return ir.Binary(op, left, right, type=_promoted(site), location=f.location(site.node))

    return recognize


def _fill(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    args = site.args
    if len(args) not in (2, 4):
        return None
    seq = args[0]
    value = f.coerce(args[1] if len(args) == 2 else args[3], t.element_type(seq.type))
    begin, end = (None, None) if len(args) == 2 else (args[1], args[2])
    return _call(f, site, L.FILL, t.VOID, seq, value, begin, end)


def _reverse(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    return _call(f, site, L.REVERSE, t.VOID, site.args[0], None, None) if len(site.args) == 1 else None


def _extreme(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    """``Collections.max(c)``/``min(c)``."""
    if len(site.args) != 1:
        return None
    op = L.MAX_ELEMENT if site.name == "max" else L.MIN_ELEMENT
    return _call(f, site, op, t.element_type(site.args[0].type), site.args[0], None, None)


def _numeric_value(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    """``Character.getNumericValue(c)`` of a digit: ``c - '0'``."""
    if len(site.args) != 1:
        return None
    zero = ir.CharLiteral("0", type=t.CHAR)
    return ir.Binary(ir.BinaryOp.SUB, site.args[0], zero, type=t.INT, location=f.location(site.node))


_BOXES = {"Integer": t.INT, "Long": t.LONG, "Character": t.CHAR}


def _parse(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    """``Integer.parseInt(s[, radix])``, ``(s, begin, end, radix)`` and ``Long.parseLong``: Java's
    rules (a sign, digits of the radix, NumberFormatException), not C++'s ``stoi`` or Python's ``int``."""
    args = site.args
    if len(args) not in (1, 2, 4) or not isinstance(args[0].type, t.StringType):
        return None
    if site.name == "valueOf" and len(args) == 4:
        return None
    if not all(t.is_integral(a.type) for a in args[1:]):
        return None
    ten = ir.IntLiteral(10, type=t.INT)
    radix = args[-1] if len(args) > 1 else ten
    begin, end = (args[1], args[2]) if len(args) == 4 else (None, None)
    type_ = t.INT if site.owner == "Integer" else t.LONG
    return _call(f, site, L.JAVA_PARSE_INT, type_, args[0], radix, begin, end)


def _box(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    """``Integer.valueOf(x)`` of a number: boxing, the same value."""
    if len(site.args) != 1 or isinstance(site.args[0].type, t.StringType):
        return None
    return f.coerce(site.args[0], _BOXES[site.owner])


def _bit_count(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    if len(site.args) != 1:
        return None
    bits = 32 if site.owner == "Integer" else 64
    value = ir.Cast(site.args[0], type=t.IntType(bits, False), location=f.location(site.node))
    return _call(f, site, L.BIT_COUNT, t.INT, value)


def _string_value(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    if len(site.args) != 1:
        return None
    op = L.STR_FROM_CHARS if isinstance(site.args[0].type, t.ArrayType) else L.TO_STRING
    return _call(f, site, op, t.STRING, site.args[0])


_CHARACTER_TESTS = {
    "isDigit": L.IS_DIGIT,
    "isLetter": L.IS_ALPHA,
    "isAlphabetic": L.IS_ALPHA,
    "isLetterOrDigit": L.IS_ALNUM,
    "isUpperCase": L.IS_UPPER,
    "isLowerCase": L.IS_LOWER,
    "isWhitespace": L.IS_SPACE,
}


def _boxed_integers(owner: str) -> dict[tuple[str, str], Candidates]:
    return {
        (owner, "parseInt"): (_parse,),
        (owner, "parseLong"): (_parse,),
        (owner, "valueOf"): (_parse, _box),
        (owner, "toString"): (Row(L.TO_STRING, 1, t.STRING),),
        (owner, "bitCount"): (_bit_count,),
        (owner, "max"): (Row(L.MAX, 2, _promoted),),
        (owner, "min"): (Row(L.MIN, 2, _promoted),),
    }


def _same_elements(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    """``Arrays.equals(a, b)``: the IR's ``==`` on arrays compares their elements."""
    if len(site.args) != 2 or not all(isinstance(a.type, t.ArrayType) for a in site.args):
        return None
    return ir.Binary(ir.BinaryOp.EQ, *site.args, type=t.BOOL, location=f.location(site.node))


STATIC: dict[tuple[str, str], Candidates] = {
    ("Math", "max"): (_math_min_max,),
    ("Math", "min"): (_math_min_max,),
    ("Math", "abs"): (_math_abs,),
    ("Math", "pow"): (Row(L.POW, 2, t.DOUBLE),),
    **{("Math", name): (Row(op, 1, t.DOUBLE),) for name, op in MATH_FUNCTIONS.items()},
    ("Math", "round"): (Row(L.ROUND_HALF_UP, 1, t.LONG),),  # halves up: -2.5 -> -2
    ("Math", "atan2"): (Row(L.ATAN2, 2, t.DOUBLE),),
    ("Math", "hypot"): (Row(L.HYPOT, 2, t.DOUBLE),),
    ("Math", "floorDiv"): (_floor(ir.BinaryOp.FLOOR_DIV),),
    ("Math", "floorMod"): (_floor(ir.BinaryOp.FLOOR_MOD),),
    ("Arrays", "fill"): (_fill,),
    ("Arrays", "equals"): (_same_elements,),
    ("Collections", "reverse"): (_reverse,),
    ("Collections", "frequency"): (Row(L.COUNT_OF, 2, t.INT),),
    ("Collections", "max"): (_extreme,),
    ("Collections", "min"): (_extreme,),
    **{("Character", name): (Row(op, 1, t.BOOL),) for name, op in _CHARACTER_TESTS.items()},
    ("Character", "toUpperCase"): (Row(L.TO_UPPER, 1, t.CHAR),),
    ("Character", "toLowerCase"): (Row(L.TO_LOWER, 1, t.CHAR),),
    ("Character", "getNumericValue"): (_numeric_value,),
    ("Character", "valueOf"): (_box,),
    **_boxed_integers("Integer"),
    **_boxed_integers("Long"),
    ("String", "valueOf"): (_string_value,),
}


# -- instance methods ---------------------------------------------------------------------------


def _char_at(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    if len(site.args) != 1 or site.receiver is None:
        return None
    return ir.Index(site.receiver, site.args[0], type=t.CHAR, location=f.location(site.node))


def _get(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    if len(site.args) != 1 or site.receiver is None:
        return None
    return ir.Index(site.receiver, site.args[0], type=_element(site), location=f.location(site.node))


def _substring(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    args = site.args
    if len(args) not in (1, 2):
        return None
    return _call(f, site, L.SUBSTRING, t.STRING, args[0], args[1] if len(args) == 2 else None)


def _equals(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    if len(site.args) != 1 or site.receiver is None:
        return None
    return ir.Binary(ir.BinaryOp.EQ, site.receiver, site.args[0], type=t.BOOL, location=f.location(site.node))


def _itself(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    """``s.toString()``, ``x.intValue()``: the value itself."""
    return site.receiver if not site.args else None


def _reverse_builder(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    if site.args or not f.reversed_copy(site.receiver, site.node):
        return None
    return _call(f, site, L.STR_REVERSED, t.STRING)


def _append(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    return _call(f, site, L.STR_APPEND, t.VOID, f.as_text(site.args[0])) if len(site.args) == 1 else None


def _remove_value(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    """``List.remove(Object)``: the first equal element, if any (an int argument is an index)."""
    element = _element(site)
    if len(site.args) != 1 or not f.is_object_argument(site.node, element):
        return None
    value = site.args[0].operand if isinstance(site.args[0], ir.Cast) else site.args[0]
    if any(isinstance(x, ir.AssignExpr | ir.IncDec | ir.Call) for x in ir.walk(value)):
        raise f.unsupported(site.node, "List.remove of a value with side effects")
    return _call(f, site, L.LIST_REMOVE_VALUE, t.VOID, f.coerce(value, element))


def _remove_at(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    if len(site.args) != 1 or not t.is_integral(site.args[0].type):
        return None
    return _call(f, site, L.LIST_REMOVE_AT, _element(site), site.args[0])  # remove(int): by index


def _map_get(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    if len(site.args) != 1:
        return None
    default = f.map_default(site.receiver)
    if default is not None:  # a HashMap whose get() returns a default for absent keys
        return _call(f, site, L.MAP_GET_OR, _value(site), site.args[0], default)
    return _call(f, site, L.MAP_GET, _value(site), site.args[0])


def _get_or_default(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    if len(site.args) != 2:
        return None
    return _call(f, site, L.MAP_GET_OR, _value(site), site.args[0], f.coerce(site.args[1], _value(site)))


def _put(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    if len(site.args) != 2 or site.receiver is None:
        return None
    map_type = site.receiver.type
    assert isinstance(map_type, t.MapType)
    key, value = f.coerce(site.args[0], map_type.key), f.coerce(site.args[1], map_type.value)
    return _call(f, site, L.MAP_PUT, t.VOID, key, value)


def _view(op: ir.LibOp) -> Recognizer:
    """``entrySet()``, ``keySet()``, ``values()``: what iterating the view yields."""

    def recognize(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
        if site.args or site.receiver is None:
            return None
        map_type = site.receiver.type
        assert isinstance(map_type, t.MapType)
        element = {
            L.MAP_ITEMS: t.PairType(map_type.key, map_type.value),
            L.MAP_KEYS: map_type.key,
            L.MAP_VALUES: map_type.value,
        }[op]
        return _call(f, site, op, t.ListType(element))

    return recognize


def _first_last(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    """A TreeSet's first (last) element is its smallest (largest)."""
    receiver_type = site.receiver.type if site.receiver is not None else t.UNKNOWN
    if site.args or not (isinstance(receiver_type, t.SetType) and receiver_type.sorted):
        return None
    op = L.MIN_ELEMENT if site.name == "first" else L.MAX_ELEMENT
    return _call(f, site, op, _element(site), None, None)


def _elements(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
    # the elements in iteration order (see analysis.container_order)
    return None if site.args else _call(f, site, L.ELEMENTS, t.ArrayType(_element(site)))


def _take(front_of_deque: bool) -> Recognizer:
    """``pop``/``poll``/``remove``: from a deque's front where Java's deque takes from there."""

    def recognize(f: JavaFrontEnd, site: Site) -> ir.Expr | None:
        if site.args:
            return None
        deque = site.receiver is not None and isinstance(site.receiver.type, t.DequeType)
        op = L.POP_FRONT if front_of_deque and deque else L.POP
        return _call(f, site, op, _element(site))

    return recognize


_SIZE = Row(L.LEN, 0, t.INT)
_EMPTY = Row(L.EMPTY, 0, t.BOOL)
_CLEAR = Row(L.CLEAR, 0, t.VOID)
_CONTAINS = Row(L.CONTAINS, 1, t.BOOL)
_PUSH = Row(L.PUSH, 1, t.VOID, element=True)
_PUSH_FRONT = Row(L.PUSH_FRONT, 1, t.VOID)
_PEEK = Row(L.PEEK, 0, _element)
_PEEK_BACK = Row(L.PEEK_BACK, 0, _element)
_TAKE = _take(front_of_deque=False)
_TAKE_FRONT = _take(front_of_deque=True)

_QUEUES: dict[str, Candidates] = {
    "size": (_SIZE,),
    "isEmpty": (_EMPTY,),
    **{name: (_PUSH,) for name in ("push", "add", "offer", "addLast", "offerLast")},
    **{name: (_PUSH_FRONT,) for name in ("addFirst", "offerFirst")},
    **{name: (_PEEK,) for name in ("peek", "peekFirst", "element", "getFirst")},
    **{name: (_PEEK_BACK,) for name in ("peekLast", "getLast")},
    "pop": (_TAKE,),
    **{name: (_TAKE_FRONT,) for name in ("poll", "remove", "pollFirst", "removeFirst")},
    **{name: (_TAKE,) for name in ("pollLast", "removeLast")},
}

METHODS: dict[type[t.Type], dict[str, Candidates]] = {
    t.StringType: {  # String and StringBuilder
        "length": (Row(L.STR_LEN, 0, t.INT),),
        "charAt": (_char_at,),
        "substring": (_substring,),
        "indexOf": (Row(L.STR_FIND, 1, t.INT),),
        "equals": (_equals,),
        "compareTo": (Row(L.STR_COMPARE, 1, t.INT),),
        "toCharArray": (Row(L.STR_CHARS, 0, t.ArrayType(t.CHAR)),),
        "toString": (_itself,),
        "reverse": (_reverse_builder,),
        "append": (_append,),
        "isEmpty": (_EMPTY,),
        "contains": (_CONTAINS,),
    },
    t.ListType: {
        "size": (_SIZE,),
        "get": (_get,),
        "add": (Row(L.LIST_APPEND, 1, t.VOID, element=True),),
        "isEmpty": (_EMPTY,),
        "contains": (_CONTAINS,),
        "clear": (_CLEAR,),
        "remove": (_remove_value, _remove_at),
    },
    t.MapType: {
        "size": (_SIZE,),
        "get": (_map_get,),
        "getOrDefault": (_get_or_default,),
        "put": (_put,),
        "containsKey": (_CONTAINS,),
        "remove": (Row(L.MAP_REMOVE, 1, t.VOID),),
        "isEmpty": (_EMPTY,),
        "clear": (_CLEAR,),
        "entrySet": (_view(L.MAP_ITEMS),),
        "keySet": (_view(L.MAP_KEYS),),
        "values": (_view(L.MAP_VALUES),),
    },
    t.SetType: {
        "size": (_SIZE,),
        "add": (Row(L.SET_ADD, 1, t.VOID),),
        "contains": (_CONTAINS,),
        "remove": (Row(L.SET_REMOVE, 1, t.VOID),),
        "isEmpty": (_EMPTY,),
        "clear": (_CLEAR,),
        "toArray": (_elements,),
        "first": (_first_last,),
        "last": (_first_last,),
    },
    t.PairType: {
        "getKey": (Row(L.PAIR_FIRST, 0, lambda site: site.receiver.type.first),),  # type: ignore[union-attr]
        "getValue": (Row(L.PAIR_SECOND, 0, lambda site: site.receiver.type.second),),  # type: ignore[union-attr]
    },
    t.StackType: _QUEUES,
    t.QueueType: _QUEUES,
    t.DequeType: _QUEUES,
    t.PriorityQueueType: _QUEUES,
}
# Methods of boxed numbers (``Integer x``): after the type's own.
NUMBER_METHODS: dict[str, Candidates] = {"equals": (_equals,), "intValue": (_itself,)}


def _apply(f: JavaFrontEnd, candidate: Row | Recognizer, site: Site) -> ir.Expr | None:
    if not isinstance(candidate, Row):
        return candidate(f, site)
    if len(site.args) != candidate.arity:
        return None
    result = candidate.result if isinstance(candidate.result, t.Type) else candidate.result(site)
    args = list(site.args)
    if candidate.element:
        args = [f.coerce(args[0], _element(site))]
    return _call(f, site, candidate.op, result, *args)


def _first_fit(f: JavaFrontEnd, candidates: Candidates, site: Site) -> ir.Expr | None:
    for candidate in candidates:
        found = _apply(f, candidate, site)
        if found is not None:
            return found
    return None


def recognize_static(f: JavaFrontEnd, site: Site) -> ir.Expr:
    """The IR of ``Owner.name(args)``; refused when the table does not know it."""
    found = _first_fit(f, STATIC.get((site.owner, site.name), ()), site)
    if found is None:
        raise f.unsupported(site.node, f"call of '{site.owner}.{site.name}'")
    return found


def recognize_method(f: JavaFrontEnd, site: Site) -> ir.Expr:
    """The IR of ``receiver.name(args)``; refused when the tables do not know it."""
    assert site.receiver is not None
    receiver_type = site.receiver.type
    candidates = METHODS.get(type(receiver_type), {}).get(site.name, ())
    if t.is_numeric(receiver_type) or isinstance(receiver_type, t.BoolType):  # boxed: Boolean.equals
        candidates = (*candidates, *NUMBER_METHODS.get(site.name, ()))
    found = _first_fit(f, candidates, site)
    if found is None:
        raise f.unsupported(site.node, f"method '{site.name}' on {receiver_type}")
    return found
