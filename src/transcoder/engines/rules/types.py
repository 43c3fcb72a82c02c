"""Types of the rule engine's IR.

Every IR expression carries one of these types (the IR is typed; see ``ir.py``). They describe
*meaning*, not spelling: ``IntType(32)`` is a 32-bit two's-complement integer whether the source
said ``int`` (C++/Java) or the Python front end proved a value fits; ``IntType(None)`` is
Python's arbitrary-precision ``int``. Back ends choose spellings (``long long`` / ``long`` /
``int``) from these.

Types are frozen, slotted dataclasses, so they compare and hash by value and can key tables.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


@dataclass(frozen=True, slots=True)
class Type:
    """Base of all IR types."""

    def __str__(self) -> str:
        return type(self).__name__.removesuffix("Type").lower()


@dataclass(frozen=True, slots=True)
class UnknownType(Type):
    """A type nobody has determined yet (Python sources before inference, or untypeable code)."""


@dataclass(frozen=True, slots=True)
class VoidType(Type):
    """The result type of a function that returns nothing."""


@dataclass(frozen=True, slots=True)
class BoolType(Type):
    """A truth value (C++ ``bool``, Java ``boolean``, Python ``bool``)."""


@dataclass(frozen=True, slots=True)
class IntType(Type):
    """An integer.

    Overflow semantics follow from ``bits`` and ``signed``: unsigned arithmetic wraps modulo
    2**bits (defined in C++); signed arithmetic wraps in Java and is undefined in C++; ``bits=None``
    never overflows (Python). Back ends decide whether emulating wrap-around is needed.
    """

    bits: int | None = 32  # 8, 16, 32 or 64; None for arbitrary precision (Python int)
    signed: bool = True  # False for C++ unsigned types

    def __str__(self) -> str:
        if self.bits is None:
            return "bigint"
        return f"{'' if self.signed else 'u'}int{self.bits}"


@dataclass(frozen=True, slots=True)
class CharType(Type):
    """A character, which is also a small integer in C++ and Java (``'a' + 1`` is 98).

    Arithmetic on chars promotes to ``IntType(32)``; a char is printed as a character. Python
    has no char type: its back end spells chars as one-character strings and converts with
    ``ord``/``chr`` where the source used the integer value.
    """


@dataclass(frozen=True, slots=True)
class FloatType(Type):
    """An IEEE floating-point number (``float`` is 32 bits, ``double`` and Python ``float`` 64)."""

    bits: int = 64

    def __str__(self) -> str:
        return f"float{self.bits}"


@dataclass(frozen=True, slots=True)
class StringType(Type):
    """A character string (C++ ``std::string``, Java ``String``, Python ``str``)."""


@dataclass(frozen=True, slots=True)
class StringBuilderType(Type):
    """A growable string being built (Java ``StringBuilder``); C++ and Python use a plain string."""


@dataclass(frozen=True, slots=True)
class ArrayType(Type):
    """A fixed-length array (C ``int a[]``, Java ``int[]``); nested for 2-D arrays."""

    element: Type  # type of each element


@dataclass(frozen=True, slots=True)
class ListType(Type):
    """A growable sequence (C++ ``vector``, Java ``ArrayList``/``List``, Python ``list``)."""

    element: Type  # type of each element


class Order(Enum):
    """The iteration order of a set or map that its translation must keep.

    ``SORTED`` is what the container is (C++ ``set``/``map``, Java ``TreeSet``/``TreeMap``) and
    is always kept. ``INSERTION`` (Java ``LinkedHashSet``/``LinkedHashMap``) and ``JAVA_HASH``
    (Java ``HashSet``/``HashMap``: its bucket table) are set only where the program observes the
    order (see ``infer.container_order``); elsewhere, and for C++ ``unordered_*`` whose order is
    unspecified, the container is ``UNSPECIFIED`` and back ends use their plain hash container.
    """

    UNSPECIFIED = "unspecified"
    SORTED = "sorted"
    INSERTION = "insertion"
    JAVA_HASH = "java-hash"


@dataclass(frozen=True, slots=True)
class MapType(Type):
    """A map from keys to values, iterated in ``order``."""

    key: Type  # type of the keys
    value: Type  # type of the values
    order: Order = Order.UNSPECIFIED

    @property
    def sorted(self) -> bool:
        """Iterated in key order (C++ ``map``, Java ``TreeMap``)."""
        return self.order is Order.SORTED


@dataclass(frozen=True, slots=True)
class SetType(Type):
    """A set of distinct elements, iterated in ``order``."""

    element: Type  # type of each element
    order: Order = Order.UNSPECIFIED

    @property
    def sorted(self) -> bool:
        """Iterated in sorted order (C++ ``set``, Java ``TreeSet``)."""
        return self.order is Order.SORTED


@dataclass(frozen=True, slots=True)
class StackType(Type):
    """A last-in first-out stack (C++ ``stack``, Java ``Stack``/``Deque`` used as a stack)."""

    element: Type  # type of each element


@dataclass(frozen=True, slots=True)
class QueueType(Type):
    """A first-in first-out queue (C++ ``queue``, Java ``Queue``)."""

    element: Type  # type of each element


@dataclass(frozen=True, slots=True)
class DequeType(Type):
    """A double-ended queue (C++ ``deque``, Java ``ArrayDeque``/``Deque``, Python ``collections.deque``)."""

    element: Type  # type of each element


@dataclass(frozen=True, slots=True)
class PriorityQueueType(Type):
    """A priority queue; ``max_first`` for C++'s default ``priority_queue`` (largest on top)."""

    element: Type  # type of each element
    max_first: bool = True  # True: top is the largest (C++ default); False: smallest (Java default)


@dataclass(frozen=True, slots=True)
class PairType(Type):
    """A pair of values (C++ ``pair``, Java ``Pair``/``AbstractMap.SimpleEntry``, Python tuple)."""

    first: Type  # type of the first component
    second: Type  # type of the second component


@dataclass(frozen=True, slots=True)
class TupleType(Type):
    """A fixed number of values, each of its own type, other than two (two are a ``PairType``):
    C++ ``tuple``, a Java ``record`` the file declares (Java has no tuples), a Python tuple."""

    elements: tuple[Type, ...]  # the type of each position, in order


def tuple_parts(type_: Type) -> tuple[Type, ...] | None:
    """The types of a pair's or tuple's positions, in order; None for other types."""
    if isinstance(type_, PairType):
        return (type_.first, type_.second)
    if isinstance(type_, TupleType):
        return type_.elements
    return None


@dataclass(frozen=True, slots=True)
class OptionalType(Type):
    """A value of ``value``'s type or none (Python ``Optional[T]``: ``None`` on some paths).

    C++ ``std::optional<T>``, Java the boxed type (``Integer``) or, for a reference type
    (``String``, a list), the reference itself with ``null``; Python keeps ``None``. A read of the
    value is ``ir.Cast(name, type=value)``, allowed only where the function has shown it is not
    None (``python/frontend/optionals.py``)."""

    value: Type  # the type of the value when there is one

    def __str__(self) -> str:
        return f"optional<{self.value}>"


@dataclass(frozen=True, slots=True)
class FunctionType(Type):
    """The type of a function value (a comparator lambda or a named function)."""

    parameters: tuple[Type, ...]  # parameter types in order
    result: Type  # return type


@dataclass(frozen=True, slots=True)
class ClassType(Type):
    """An object of a class the module declares (``classes.ClassDecl``).

    ``value`` is False for a reference to an object that may be shared (every Java and Python
    object, a C++ pointer to a heap object or a C++ reference parameter): assigning or passing
    it shares the object, and it may be null. True is a C++ object held by value: initialising,
    assigning or passing it by value copies it. How each target holds them is in ``classes.py``.
    """

    name: str  # the class's name as the module declares it
    value: bool = False

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True, slots=True)
class TypeVarType(Type):
    """A type parameter of a generic function (C++ ``template <typename T>``): one type, the same
    at every use in the function, chosen by each caller. Which operations a function may apply to
    its values is decided by ``cpp/frontend/templates.py``; Java prints a type variable, Python
    nothing (it is duck-typed)."""

    name: str  # the parameter's name in the source (``T``)

    def __str__(self) -> str:
        return self.name


def type_variables(type_: Type) -> tuple[str, ...]:
    """The names of the type variables ``type_`` mentions, in order of first appearance."""
    if isinstance(type_, TypeVarType):
        return (type_.name,)
    names: list[str] = []
    for value in (getattr(type_, f) for f in getattr(type_, "__slots__", ())):
        parts = value if isinstance(value, tuple) else (value,)
        for part in parts:
            if isinstance(part, Type):
                names.extend(n for n in type_variables(part) if n not in names)
    return tuple(names)


# Shared instances for the common cases, so front ends need not build them over and over.
UNKNOWN = UnknownType()
VOID = VoidType()
BOOL = BoolType()
CHAR = CharType()
INT = IntType(32)
LONG = IntType(64)
BIGINT = IntType(None)
DOUBLE = FloatType(64)
FLOAT = FloatType(32)
STRING = StringType()

CONTAINER_TYPES = (ListType, MapType, SetType, StackType, QueueType, DequeType, PriorityQueueType)


def is_integral(type_: Type) -> bool:
    """True for types that behave as integers in arithmetic (ints, chars and bools promote)."""
    return isinstance(type_, IntType | CharType | BoolType)


def is_numeric(type_: Type) -> bool:
    """True for integers, chars and floating-point numbers."""
    return isinstance(type_, IntType | CharType | FloatType)


def element_type(type_: Type) -> Type:
    """The element type of a sequence or container (chars for strings); UNKNOWN otherwise."""
    if isinstance(type_, StringType | StringBuilderType):
        return CHAR
    if isinstance(type_, MapType):
        return type_.key
    element = getattr(type_, "element", None)
    return element if isinstance(element, Type) else UNKNOWN


def promote(left: Type, right: Type) -> Type:
    """The type of a binary arithmetic result (C++/Java usual arithmetic conversions)."""
    if isinstance(left, FloatType) or isinstance(right, FloatType):
        bits = max(t.bits for t in (left, right) if isinstance(t, FloatType))
        return FloatType(bits)
    left_int = left if isinstance(left, IntType) else INT
    right_int = right if isinstance(right, IntType) else INT
    if left_int.bits is None or right_int.bits is None:
        return BIGINT
    bits = max(left_int.bits, right_int.bits, 32)
    # An unsigned operand of the widest size makes the result unsigned (C++ rules).
    signed = all(t.signed or (t.bits or 0) < bits for t in (left_int, right_int))
    return IntType(bits, signed)
