"""The rule engine's typed, language-neutral intermediate representation.

Front ends (``frontend_cpp``, ``frontend_java``, and the Python one) turn tree-sitter trees into
these nodes; passes (``infer``) compute facts about them; back ends print them as Java, C++ or
Python. The IR says what a program *means*, so that each back end can choose its own idiom:

* Every expression has a ``type`` (``types.py``). C++ and Java front ends fill it from
  declarations; the Python front end leaves ``UNKNOWN`` and the inference pass fills it.
* Division and remainder say which rounding they use (``TRUNC_DIV`` for C++/Java ``/`` on
  integers, ``FLOOR_DIV`` for Python ``//``, ``DIV`` for true division), so no back end ever
  guesses from operand types again.
* Shifts say whether they are arithmetic (``SHR``) or logical (``USHR``, Java ``>>>``).
* Logic operators ``AND``/``OR`` short-circuit; ``Conditional`` is the ternary.
* Integer width and signedness live in ``IntType``: wrap-around where the source defines it
  (unsigned C++, Java) is a property of the operation's type.
* Chars are ``CharType`` values that promote to ``int`` in arithmetic; explicit ``Cast`` nodes
  mark every conversion the source wrote (or implied, where it changes meaning).
* Library operations are ``LibraryCall(op, args)`` with ``op`` from the enumerated ``LibOp``
  set; each back end maps them through its table in ``library/``. User-defined calls are
  ``Call``.

Nodes are frozen, slotted dataclasses: equal by value, so analyses that need identity (for
example "this division's operands are non-negative") key side tables by ``id(node)`` and keep
the tree alive; see ``infer.py``.

Statements that C++/Java allow inside expressions (``i++``, ``a = b``) are expressions here
(``IncDec``, ``AssignExpr``); a back end for a language without them (Python) accepts them only
as whole statements and raises ``UnsupportedConstruct`` elsewhere.
"""

from __future__ import annotations

import dataclasses
import inspect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from types import FunctionType, MemberDescriptorType
from typing import TYPE_CHECKING

from transcoder.engines.rules.types import UNKNOWN, Type
from transcoder.errors import SourceLocation

if TYPE_CHECKING:
    from transcoder.engines.rules.classes import ClassDecl

# --------------------------------------------------------------------------------------------
# Base classes


@dataclass(frozen=True, slots=True)
class Node:
    """Base of every IR node."""

    location: SourceLocation | None = field(default=None, kw_only=True, compare=False, repr=False)
    """Where the construct starts in the source, for error messages (not part of equality)."""


@dataclass(frozen=True, slots=True)
class Expr(Node):
    """Base of expressions; ``type`` is the static type of the value."""

    type: Type = field(default=UNKNOWN, kw_only=True)
    """The static type of the expression's value."""


@dataclass(frozen=True, slots=True)
class Stmt(Node):
    """Base of statements."""


# --------------------------------------------------------------------------------------------
# Operators


class UnaryOp(Enum):
    """Unary operators."""

    NEG = "-"  # arithmetic negation
    POS = "+"  # unary plus (promotes chars to int)
    NOT = "!"  # logical not
    BIT_NOT = "~"  # bitwise complement


class BinaryOp(Enum):
    """Binary operators, with explicit rounding and shift semantics."""

    ADD = "+"  # numeric addition, or string concatenation when the type is a string
    SUB = "-"
    MUL = "*"
    DIV = "/"  # true (floating-point) division
    TRUNC_DIV = "/t"  # integer division rounding toward zero (C++, Java)
    FLOOR_DIV = "//"  # integer division rounding toward negative infinity (Python)
    TRUNC_MOD = "%t"  # remainder with the sign of the dividend (C++, Java)
    FLOOR_MOD = "%"  # remainder with the sign of the divisor (Python)
    FMOD = "fmod"  # floating-point remainder with the sign of the dividend (C++ fmod, Java % on doubles)
    SHL = "<<"
    SHR = ">>"  # arithmetic (sign-propagating) right shift
    USHR = ">>>"  # logical (zero-filling) right shift, Java ``>>>`` and C++ unsigned ``>>``
    BIT_AND = "&"
    BIT_OR = "|"
    BIT_XOR = "^"
    EQ = "=="  # equality; on strings it compares contents (Java ``equals``)
    NE = "!="
    LT = "<"
    LE = "<="
    GT = ">"
    GE = ">="
    AND = "&&"  # short-circuit logical and
    OR = "||"  # short-circuit logical or


COMPARISONS = frozenset({BinaryOp.EQ, BinaryOp.NE, BinaryOp.LT, BinaryOp.LE, BinaryOp.GT, BinaryOp.GE})


class LibOp(Enum):
    """The library operations back ends know how to spell (tables in ``library/``).

    Argument conventions are given per member; ``None`` in an optional position is allowed.
    """

    # math (numeric arguments)
    ABS = "abs"  # (x)
    MIN = "min"  # (a, b)
    MAX = "max"  # (a, b)
    POW = "pow"  # (base, exponent) -> double
    SQRT = "sqrt"  # (x) -> double
    CBRT = "cbrt"
    EXP = "exp"
    LOG = "log"  # natural logarithm
    LOG2 = "log2"
    LOG10 = "log10"
    FLOOR = "floor"  # (x) -> double
    CEIL = "ceil"  # (x) -> double
    ROUND = "round"  # (x) -> integer, halves away from zero
    SIN = "sin"
    COS = "cos"
    TAN = "tan"
    ASIN = "asin"
    ACOS = "acos"
    ATAN = "atan"
    ATAN2 = "atan2"  # (y, x)
    HYPOT = "hypot"  # (x, y)
    GCD = "gcd"  # (a, b) of non-negative integers
    BIT_COUNT = "bit_count"  # (x) one bits of x (unsigned, of x's width: C++ popcount, Java bitCount)
    INT_MAX = "int_max"  # () the largest value of the call's IntType
    INT_MIN = "int_min"  # () the smallest value of the call's IntType
    FLOAT_MAX = "float_max"  # () largest finite double
    FLOAT_INFINITY = "float_infinity"  # () positive infinity of the call's FloatType
    FLOAT_NAN = "float_nan"  # () a quiet NaN of the call's FloatType
    X86_INT = "x86_int"  # (x) C++'s conversion of a double to the call's signed 32/64-bit IntType as g++ on x86-64 computes it: NaN and values beyond the type are its minimum ("integer indefinite"), others truncate; to unsigned long long: from 2**63 that of x - 2**63 with the top bit flipped (0 from 2**64), below it the signed one's bits
    SATURATING_INT = "saturating_int"  # (x) Java's (int)/(long) of a double: NaN is 0, values beyond the call's IntType clamp to its limits, others truncate
    ROUND_HALF_UP = "round_half_up"  # (x) -> long: Java's Math.round, the closest integer with halves rounded up (-2.5 -> -2); NaN is 0
    ROUND_HALF_EVEN = "round_half_even"  # (x) -> long: Python's round(x), the closest integer with halves to even (2.5 -> 2)
    PY_INT_OF_FLOAT = "py_int_of_float"  # (x) a double's integer part as a long (Python's int(x), with
    # math.floor/ceil first): ValueError for NaN, OverflowError for an infinity or beyond 64
    # bits (Python's int holds any: there a refusal at run time, never a saturated or undefined value)
    ROUND_DIGITS = "round_digits"  # (x, digits) a double: Python's round(x, digits >= 0), the exact
    # binary value rounded to that many decimals, halves to even
    # in-place sequence algorithms; (seq, begin, end) with begin/end None for the whole sequence
    SWAP = "swap"  # (a, b) two assignable expressions
    SORT = "sort"  # (seq, begin, end, comparator) comparator: Lambda returning bool "a before b" or None
    SORT_DESC = "sort_desc"  # (seq, begin, end) descending order
    REVERSE = "reverse"  # (seq, begin, end)
    FILL = "fill"  # (seq, value, begin, end)
    # strings
    STR_LEN = "str_len"  # (s)
    SUBSTRING = "substring"  # (s, begin, end) end None for the rest
    STR_FIND = "str_find"  # (s, needle) index or -1
    STR_COMPARE = (
        "str_compare"  # (a, b) Java compareTo: char difference at the first mismatch, else length difference
    )
    STR_APPEND = "str_append"  # (s, piece) in-place append of a string or char (statement)
    STR_CHARS = "str_chars"  # (s) an array of the characters
    STR_FROM_CHARS = "str_from_chars"  # (chars) a string from a char array/list
    STR_REPEAT = "str_repeat"  # (count, char) a string of count copies of char
    STR_REVERSED = "str_reversed"  # (s) a new string with the characters of s in reverse order
    TO_STRING = "to_string"  # (x) decimal text of a number, or the char as a string
    PARSE_INT = "parse_int"  # (s) Python's int(s): stripped, a sign, digits with single underscores
    C_STOI = "c_stoi"  # (s) C++ stoi/stol/stoll by the call's type: a prefix after whitespace;
    # invalid_argument without digits, out_of_range beyond the type
    C_ATOI = "c_atoi"  # (s) C atoi/atol/atoll by the call's type: as strtol (0 without digits,
    # never raises), the long saturated, atoi's then wrapped to 32 bits as glibc computes it
    IS_DIGIT = "is_digit"  # (c)
    IS_ALPHA = "is_alpha"
    IS_ALNUM = "is_alnum"
    IS_UPPER = "is_upper"
    IS_LOWER = "is_lower"
    IS_SPACE = "is_space"
    TO_UPPER = "to_upper"  # (c) -> char
    TO_LOWER = "to_lower"  # (c) -> char
    # sized containers (strings, arrays, lists, maps, sets, stacks, queues, deques)
    LEN = "len"  # (container) number of elements
    EMPTY = "empty"  # (container) -> bool
    CLEAR = "clear"  # (container)
    # lists
    LIST_APPEND = "list_append"  # (list, x)
    LIST_POP_BACK = "list_pop_back"  # (list) removes the last element
    LIST_BACK = "list_back"  # (list) the last element
    LIST_FRONT = "list_front"  # (list) the first element
    LIST_INSERT = "list_insert"  # (list, index, x)
    LIST_REMOVE_AT = "list_remove_at"  # (list, index)
    LIST_REMOVE_VALUE = "list_remove_value"  # (list, x) removes the first x if there is one (statement)
    CONTAINS = "contains"  # (list/set/string, x) membership, or key membership for maps
    COUNT_OF = "count_of"  # (seq, x) occurrences of x
    MAX_ELEMENT = "max_element"  # (seq, begin, end) the largest value
    MIN_ELEMENT = "min_element"  # (seq, begin, end) the smallest value
    ACCUMULATE = "accumulate"  # (seq, begin, end, initial) sum
    LOWER_BOUND = "lower_bound"  # (seq, begin, end, x) index of the first element >= x in a sorted range
    UPPER_BOUND = "upper_bound"  # (seq, begin, end, x) index of the first element > x in a sorted range
    # maps
    MAP_GET = "map_get"  # (map, key) value; the key must be present
    MAP_GET_OR = "map_get_or"  # (map, key, default)
    MAP_PUT = "map_put"  # (map, key, value)
    MAP_REMOVE = "map_remove"  # (map, key)
    MAP_KEYS = "map_keys"  # (map) iterable of keys
    MAP_VALUES = "map_values"  # (map) iterable of values
    MAP_ITEMS = "map_items"  # (map) iterable of (key, value) pairs
    MAP_MERGE = "map_merge"  # (map, key, value) Java merge(key, value, Integer::sum) on a hash-ordered map
    # sets
    SET_ADD = "set_add"  # (set, x)
    SET_REMOVE = "set_remove"  # (set, x)
    ELEMENTS = "elements"  # (set) a new array of its elements in iteration order (Java toArray)
    # stacks, queues, deques, priority queues (the container's type says which)
    PUSH = "push"  # (c, x) stack push, queue enqueue at back, pq insert
    POP = "pop"  # (c) removes the top/front; value discarded in C++ style, returned in Java style
    PEEK = "peek"  # (c) the top (stack, pq) or front (queue) without removing
    PUSH_FRONT = "push_front"  # (deque, x)
    POP_FRONT = "pop_front"  # (deque)
    PEEK_BACK = "peek_back"  # (deque)
    # output (functions that print as well as return)
    PRINT = (
        "print"  # (values...) writes each value (ints, chars, strings) with no separator; "\n" ends a line
    )
    # pairs
    MAKE_PAIR = "make_pair"  # (a, b)
    PAIR_FIRST = "pair_first"  # (p)
    PAIR_SECOND = "pair_second"  # (p)
    # tuples of other than two values (types.TupleType)
    MAKE_TUPLE = "make_tuple"  # (values...) the tuple of the values, in order
    TUPLE_GET = "tuple_get"  # (t, IntLiteral k) the value at position k (0 <= k < the tuple's size)
    # programs: the text of numbers as each language prints them, and the end of the program
    FORMAT_C = "format_c"  # (spec, x) what C's printf writes for x by the conversion spec (a
    # StringLiteral: "%g", "%.2f", "%10.3e"); C++ streams print floats so ("%g": 6 significant digits)
    JAVA_TEXT = "java_text"  # (x) Java's Double.toString / Float.toString of x (by x's width): the
    # shortest digits that read back as x, "1.0E10" outside 1e-3 <= |x| < 1e7, "NaN", "Infinity"
    PYTHON_TEXT = "python_text"  # (x) Python's repr of a float: shortest digits, "1e+16" outside
    # 1e-4 <= |x| < 1e16, "nan", "inf"
    EXIT = "exit"  # (status) ends the program with that exit status, output written out (statement)
    # standard input: whitespace-separated tokens and lines, read in order from one stream
    READ_TOKEN = "read_token"  # () the next token as the call's type (a number, a word; a char: the
    # next character that is not a space); the program stops with an error at the end of input
    READ_LINE = "read_line"  # () the rest of the current line without its end ("" right after a token
    # that ended its line); the program stops with an error at the end of input
    HAS_TOKEN = "has_token"  # () whether a token follows before the end of input (skips the spaces)
    # text (issue 13): Java's String methods and their counterparts; texts are strings of chars
    STR_FIND_LAST = "str_find_last"  # (s, needle) index of the last occurrence or -1 (lastIndexOf)
    STR_FIND_FROM = "str_find_from"  # (s, needle, start) first index >= start (a negative start is 0) or -1
    STARTS_WITH = "starts_with"  # (s, prefix)
    ENDS_WITH = "ends_with"  # (s, suffix)
    EQUALS_IGNORE_CASE = "equals_ignore_case"  # (a, b) same length, and each char equal up to case (Java)
    STR_TRIM = "str_trim"  # (s) without the chars <= ' ' at both ends (Java trim)
    STR_REPLACE = "str_replace"  # (s, old, new) every occurrence of the text old, left to right
    STR_UPPER = "str_upper"  # (s) every char in upper case
    STR_LOWER = "str_lower"  # (s) every char in lower case
    STR_SPLIT = "str_split"  # (s, separator) the pieces between occurrences of a literal separator,
    # trailing empty pieces dropped, [s] when it does not occur (Java split of a non-regex text)
    STR_JOIN = "str_join"  # (separator, pieces) the pieces with the separator between them
    STR_TIMES = "str_times"  # (s, count) count copies of s (count >= 0)
    # integer bits of the argument's width (its IntType; two's complement)
    LEADING_ZEROS = "leading_zeros"  # (x) zero bits above the highest one bit (the width for 0)
    TRAILING_ZEROS = "trailing_zeros"  # (x) zero bits below the lowest one bit (the width for 0)
    ROTATE_LEFT = "rotate_left"  # (x, n) bits rotated left by n modulo the width
    ROTATE_RIGHT = "rotate_right"  # (x, n)
    TO_BASE_STRING = "to_base_string"  # (x, base) digits of x's unsigned value in base 2, 8 or 16
    SIGNUM = "signum"  # (x) -1, 0 or 1
    # more of Java's library (issue 13, JDK code)
    STR_FIND_LAST_FROM = "str_find_last_from"  # (s, char, from) last index <= from of the char, -1
    # for a negative from (Java lastIndexOf(ch, from))
    # Python's searches over s[start:end]: start and end (None: the length) clamp as a slice's do,
    # a negative one counting from the end; nothing is found where start > len(s)
    PY_STR_FIND = "py_str_find"  # (s, sub, start, end) the first index of sub, -1 (an empty sub: start)
    PY_STR_RFIND = "py_str_rfind"  # (s, sub, start, end) the last index of sub, -1 (an empty sub: end)
    PY_STR_COUNT = "py_str_count"  # (s, sub, start, end) occurrences that do not overlap, from the
    # left (an empty sub: end - start + 1, 0 where start > end)
    PY_STR_RSPLIT = "py_str_rsplit"  # (s, sep, maxsplit) Python's rsplit of a non-empty sep: at most
    # maxsplit cuts from the right (a negative maxsplit: no limit), the pieces in order
    REGION_MATCHES = "region_matches"  # (s, offset, other, other_offset, count) whether the count chars
    # at offset equal those at other_offset; false when a region is out of bounds (Java regionMatches)
    STR_REPLACE_REGEX = "str_replace_regex"  # (s, pattern, text) every non-empty match of a literal
    # pattern that means the same in Java, Python re and ECMAScript, replaced by a plain text
    TO_INT_EXACT = "to_int_exact"  # (x) the 64-bit x as an int; ArithmeticException (kind overflow)
    # when it does not fit (Java Math.toIntExact)
    JAVA_PARSE_INT = "java_parse_int"  # (s, radix, begin, end) Java's Integer.parseInt/Long.parseLong
    # by the call's type (begin/end None: the whole of s); NumberFormatException (kind number_format)
    DOUBLE_TO_BITS = "double_to_bits"  # (x, raw: BoolLiteral) the IEEE 754 bits of the double x as a
    # long (Java Double.doubleToRawLongBits; raw false: doubleToLongBits, every NaN 0x7ff8000000000000)
    DOUBLE_FROM_BITS = "double_from_bits"  # (bits) the double of those IEEE 754 bits (longBitsToDouble)
    IEEE_REMAINDER = "ieee_remainder"  # (x, y) x - n * y for n the integer nearest x / y, halves to
    # even; NaN for y = 0 or an infinite x (Java Math.IEEEremainder, C remainder)
    # arrays
    COPY_RANGE = "copy_range"  # (seq, begin, end) a new array of seq[begin:end], zeros past seq's end
    ARRAY_COPY = "array_copy"  # (dst, dst_pos, src, src_pos, count) dst[dst_pos:+count] = src[src_pos:+count],
    # as if through a copy where they overlap (Java System.arraycopy; statement)
    LIST_RESIZE = "list_resize"  # (list, size, fill) drops elements past size or appends copies of
    # fill (None: the element type's zero) up to it (C++ vector::resize; statement)
    PY_INDEX = "py_index"  # (index, length) index + length for a negative index, else index: a
    # Python index counts from the end (out of range either way is the sequence's own error)


# A map seen through a view: its keys, its values, or its (key, value) pairs.
MAP_VIEWS = frozenset({LibOp.MAP_KEYS, LibOp.MAP_VALUES, LibOp.MAP_ITEMS})
# Operations on a range ``(seq, begin, end)`` of a sequence: the position of ``end`` among their
# arguments (None there: to the end of the sequence).
RANGE_END = {
    LibOp.SORT: 2,
    LibOp.SORT_DESC: 2,
    LibOp.REVERSE: 2,
    LibOp.FILL: 3,
    LibOp.MAX_ELEMENT: 2,
    LibOp.MIN_ELEMENT: 2,
    LibOp.ACCUMULATE: 2,
    LibOp.LOWER_BOUND: 2,
    LibOp.UPPER_BOUND: 2,
}


# --------------------------------------------------------------------------------------------
# Expressions


@dataclass(frozen=True, slots=True)
class IntLiteral(Expr):
    """An integer constant; its type says its width (``5L`` is 64-bit)."""

    value: int
    """The exact value."""


@dataclass(frozen=True, slots=True)
class FloatLiteral(Expr):
    """A floating-point constant."""

    value: float
    """The value."""
    text: str = ""
    """The source spelling without suffix (kept so ``0.1`` prints as ``0.1``)."""


@dataclass(frozen=True, slots=True)
class BoolLiteral(Expr):
    """``true`` / ``false``."""

    value: bool
    """The truth value."""


@dataclass(frozen=True, slots=True)
class CharLiteral(Expr):
    """A character constant such as ``'a'``."""

    value: str
    """The character itself (one code point)."""


@dataclass(frozen=True, slots=True)
class StringLiteral(Expr):
    """A string constant."""

    value: str
    """The decoded contents (escapes already interpreted)."""


@dataclass(frozen=True, slots=True)
class NullLiteral(Expr):
    """``nullptr`` / ``null`` / ``None``."""


@dataclass(frozen=True, slots=True)
class Name(Expr):
    """A reference to a local variable, parameter, global or function."""

    id: str
    """The identifier."""


@dataclass(frozen=True, slots=True)
class Unary(Expr):
    """A unary operation."""

    op: UnaryOp
    """The operator."""
    operand: Expr
    """The operand."""


@dataclass(frozen=True, slots=True)
class Binary(Expr):
    """A binary operation; ``type`` is the result type (operands already promoted)."""

    op: BinaryOp
    """The operator, with explicit rounding/shift semantics."""
    left: Expr
    """Left operand."""
    right: Expr
    """Right operand."""


@dataclass(frozen=True, slots=True)
class Conditional(Expr):
    """The ternary ``cond ? then : otherwise`` (only the chosen branch is evaluated)."""

    condition: Expr
    """The test."""
    then: Expr
    """Value when the test holds."""
    otherwise: Expr
    """Value when it does not."""


@dataclass(frozen=True, slots=True)
class Cast(Expr):
    """A conversion to ``type`` (int<->double truncating toward zero, int<->char, widening...)."""

    operand: Expr
    """The value converted."""


@dataclass(frozen=True, slots=True)
class Index(Expr):
    """``base[index]`` on arrays, lists and strings (a char for strings)."""

    base: Expr
    """The array, list or string."""
    index: Expr
    """The zero-based position."""


@dataclass(frozen=True, slots=True)
class Call(Expr):
    """A call of a user-defined function (one of the module's functions)."""

    function: str
    """Name of the function called."""
    args: tuple[Expr, ...]
    """Arguments in order."""


@dataclass(frozen=True, slots=True)
class Invoke(Expr):
    """A call of a function value (a variable holding a ``Lambda``): ``f(x)``, Java ``f.apply(x)``."""

    callee: Expr
    """The function value (its type a ``FunctionType``)."""
    args: tuple[Expr, ...]
    """Arguments in order."""


@dataclass(frozen=True, slots=True)
class LibraryCall(Expr):
    """A library operation from the enumerated set ``LibOp`` (see its member docs for arguments)."""

    op: LibOp
    """Which operation."""
    args: tuple[Expr | None, ...]
    """Arguments in the order documented on the op; None marks an omitted optional argument."""


@dataclass(frozen=True, slots=True)
class NewArray(Expr):
    """A new array (or nested arrays) of the given dimensions, every element ``fill``."""

    dims: tuple[Expr, ...]
    """Length of each dimension, outermost first."""
    fill: Expr | None = None
    """Initial value of every element; None for the type's zero (0, false, '\\0', null)."""


@dataclass(frozen=True, slots=True)
class ArrayLiteral(Expr):
    """An array or list written out element by element (``{1, 2, 3}``)."""

    elements: tuple[Expr, ...]
    """The elements in order."""


@dataclass(frozen=True, slots=True)
class NewContainer(Expr):
    """A new, empty container of ``type`` (list, map, set, stack, queue, deque, priority queue),
    optionally of ``size`` copies of ``fill`` (lists only) or copying ``source``."""

    size: Expr | None = None
    """Initial number of elements (C++ ``vector<int> v(n)``), or None."""
    fill: Expr | None = None
    """Value of each initial element, or None for the type's zero."""
    source: Expr | None = None
    """A container or sequence to copy the elements from, or None."""
    comparator: Expr | None = None
    """An ordering for priority queues and ordered containers (a ``Lambda``), or None."""
    capacity: Expr | None = None
    """Java ``new HashSet<>(n)`` / ``new HashMap<>(n)``: the initial table capacity, which decides
    the iteration order of a hash-ordered container (ignored by the others), or None."""
    insertion_order: bool = False
    """Java ``new LinkedHashSet``/``new LinkedHashMap``: iterates in insertion order (the type says
    so only where the program observes it: see ``infer.container_order``)."""


@dataclass(frozen=True, slots=True)
class Lambda(Expr):
    """An anonymous function (comparators for sorting and priority queues)."""

    params: tuple[Param, ...]
    """Parameters."""
    body: Expr | Block
    """An expression, or a block with ``Return`` statements."""


@dataclass(frozen=True, slots=True)
class AssignExpr(Expr):
    """``target = value`` or ``target op= value`` used as an expression (or a statement)."""

    target: Expr
    """A ``Name``, ``Index`` or map access being assigned."""
    value: Expr
    """The right-hand side."""
    op: BinaryOp | None = None
    """The operator of a compound assignment (``+=``), None for plain ``=``."""


@dataclass(frozen=True, slots=True)
class IncDec(Expr):
    """``++x``, ``x++``, ``--x``, ``x--``."""

    target: Expr
    """The variable or element changed."""
    delta: int
    """+1 or -1."""
    prefix: bool
    """True for ``++x`` (value after the change), False for ``x++`` (value before)."""


@dataclass(frozen=True, slots=True)
class Wrap(Expr):
    """``operand`` reduced modulo 2**bits into ``type`` (an ``IntType`` with bits): what Java and
    C++ unsigned arithmetic give when a value leaves its type, and what converting an integer to a
    narrower or differently signed type gives (``passes/wraparound`` places them). The operand is
    taken as computed exactly: ``+ - *`` of the same type below it are reduced only here, which
    gives the same bits. A back end whose integers wrap at that width prints the operand alone."""

    operand: Expr
    """The value reduced."""


# --------------------------------------------------------------------------------------------
# Statements


@dataclass(frozen=True, slots=True)
class Param(Node):
    """A function or lambda parameter."""

    name: str
    """The parameter's name."""
    type: Type = UNKNOWN
    """Its type."""
    by_reference: bool = False
    """True for C++ ``T&`` parameters whose changes the caller sees."""
    default: Expr | None = None
    """The default argument (C++ ``int a = 0``, Python ``a=0``), or None."""


@dataclass(frozen=True, slots=True)
class Block(Stmt):
    """A sequence of statements (a scope in C++/Java)."""

    body: tuple[Stmt, ...]
    """The statements in order."""


@dataclass(frozen=True, slots=True)
class VarDecl(Stmt):
    """A local or global variable declaration, with an optional initial value."""

    name: str
    """The variable's name."""
    type: Type
    """Its declared (or inferred) type."""
    init: Expr | None = None
    """The initial value, or None (back ends initialise with the type's zero where needed)."""
    constant: bool = False
    """True for ``const`` / ``final`` / ``#define`` constants."""


@dataclass(frozen=True, slots=True)
class ExprStmt(Stmt):
    """An expression evaluated for its effect (assignments, increments, calls)."""

    expr: Expr
    """The expression."""


@dataclass(frozen=True, slots=True)
class If(Stmt):
    """``if (condition) then else otherwise``."""

    condition: Expr
    """The test (a bool)."""
    then: Stmt
    """Taken when the test holds."""
    otherwise: Stmt | None = None
    """Taken otherwise; None when there is no else."""


@dataclass(frozen=True, slots=True)
class While(Stmt):
    """``while (condition) body``."""

    condition: Expr
    """Tested before each iteration."""
    body: Stmt
    """The loop body."""


@dataclass(frozen=True, slots=True)
class DoWhile(Stmt):
    """``do body while (condition)``: the body runs at least once."""

    body: Stmt
    """The loop body."""
    condition: Expr
    """Tested after each iteration."""


@dataclass(frozen=True, slots=True)
class For(Stmt):
    """The C-style ``for (init; condition; update) body``."""

    init: tuple[Stmt, ...]
    """Declarations or expression statements run once before the loop."""
    condition: Expr | None
    """Tested before each iteration; None means forever."""
    update: tuple[Expr, ...]
    """Expressions evaluated after each iteration (and on ``continue``)."""
    body: Stmt
    """The loop body."""


@dataclass(frozen=True, slots=True)
class ForEach(Stmt):
    """``for (T x : iterable) body`` over arrays, lists, strings, sets, map items."""

    name: str
    """The loop variable."""
    var_type: Type
    """Its type."""
    iterable: Expr
    """What is iterated over."""
    body: Stmt
    """The loop body."""


@dataclass(frozen=True, slots=True)
class Break(Stmt):
    """``break``: leaves the innermost loop or switch, or the loop ``label`` names."""

    label: str | None = None
    """The label of the loop left (Java ``break outer;``), or None."""


@dataclass(frozen=True, slots=True)
class Continue(Stmt):
    """``continue``: next iteration of the innermost loop, or of the loop ``label`` names."""

    label: str | None = None
    """The label of the loop continued (Java ``continue outer;``), or None."""


@dataclass(frozen=True, slots=True)
class Labeled(Stmt):
    """A loop with a label that ``Break``/``Continue`` inside it name (Java ``outer: for ...``)."""

    label: str
    """The label."""
    body: Stmt
    """The loop."""


@dataclass(frozen=True, slots=True)
class Return(Stmt):
    """``return`` with an optional value."""

    value: Expr | None = None
    """The value returned, or None in a void function."""


@dataclass(frozen=True, slots=True)
class SwitchCase(Node):
    """One ``case v1: case v2: ...`` group of a switch; ``values`` empty for ``default``."""

    values: tuple[Expr, ...]
    """The case labels (constants); empty for the default group."""
    body: tuple[Stmt, ...]
    """Statements; control falls through to the next group unless they end in a jump."""


@dataclass(frozen=True, slots=True)
class Switch(Stmt):
    """``switch (subject) { cases }`` with C/Java fall-through semantics."""

    subject: Expr
    """The value switched on (integer, char or string)."""
    cases: tuple[SwitchCase, ...]
    """The case groups in source order."""


@dataclass(frozen=True, slots=True)
class Throw(Stmt):
    """``throw``/``raise`` of a standard exception (a kind of ``exceptions.KINDS``)."""

    kind: str
    """The exception's neutral kind (``invalid_argument``), spelled by each back end."""
    message: Expr | None = None
    """Its message (a string), or None."""


@dataclass(frozen=True, slots=True)
class Handler(Node):
    """One ``catch``/``except`` clause of a ``Try``."""

    kinds: tuple[str, ...]
    """The kinds it names (several for Java's ``catch (A | B e)``), as the source wrote them."""
    catches: frozenset[str]
    """Every kind it catches in the source's hierarchy (``exceptions.caught_by``): what a
    translation's handler must catch too, among the kinds that can reach it."""
    body: Block
    """Its statements (the caught exception itself is not available to them)."""


@dataclass(frozen=True, slots=True)
class Try(Stmt):
    """``try { body } catch ... finally { final }``."""

    body: Block
    """The guarded statements."""
    handlers: tuple[Handler, ...]
    """The handlers, tried in order: the first that catches the exception runs."""
    final: Block | None = None
    """Run whichever way control leaves ``body`` and the handlers; None when absent."""
    defined: frozenset[str] = frozenset()
    """The implicit exceptions (``analysis.raises.EVENTS``: an integer division by zero, an index
    out of bounds...) the source language raises; the others are undefined behaviour there (C++)."""


@dataclass(frozen=True, slots=True)
class Assert(Stmt):
    """An assertion that the source checks at run time (C++ ``assert`` without ``NDEBUG``, Python
    ``assert`` without ``-O``): when ``condition`` is false the program stops with an error. (Java
    checks ``assert`` only with ``-ea``: its front end drops them, as ``java`` runs by default.)"""

    condition: Expr
    """What must hold."""
    message: Expr | None = None
    """A message (a string), or None."""


@dataclass(frozen=True, slots=True)
class Function(Node):
    """A function (a C++ free function, a Java static method, a Python ``def``)."""

    name: str
    """The function's name."""
    params: tuple[Param, ...]
    """Its parameters."""
    return_type: Type
    """Its result type (``VOID`` for none)."""
    body: Block
    """Its body."""


@dataclass(frozen=True, slots=True)
class Module(Node):
    """A translation unit: global constants/variables and functions, in source order."""

    globals: tuple[VarDecl, ...]
    """Global variables and constants (``#define`` values, ``static final`` fields)."""
    functions: tuple[Function, ...]
    """The functions, and the bodies of the classes' methods (see ``Method.function``)."""
    classes: tuple[ClassDecl, ...] = ()
    """The classes, outer classes before the classes nested in them (see ``classes.py``)."""
    entry: str | None = None
    """The function that is the program's entry point (C++ ``main``, Java ``main(String[])``, a
    Python script's top-level code): it takes the command-line arguments (an array of strings,
    without the program's name) or nothing, and an int it returns is the exit status."""


# --------------------------------------------------------------------------------------------
# Visiting


class Visitor:
    """Dispatches ``visit(node)`` to ``visit_<ClassName>``; ``generic_visit`` walks children.

    Subclasses override the ``visit_*`` methods they care about; a pass is one small class.
    """

    def visit(self, node: Node) -> object:
        method = getattr(self, f"visit_{type(node).__name__}", None)
        if method is None:
            return self.generic_visit(node)
        return method(node)

    def generic_visit(self, node: Node) -> object:
        for child in children(node):
            self.visit(child)
        return None


_CHILD_FIELDS: dict[type, tuple[str, ...]] = {}


_NODE_ANNOTATION: tuple[str, ...] = (
    "Expr", "Stmt", "Node", "Block", "Param", "SwitchCase", "Function", "VarDecl", "ClassDecl", "Field",
    "EnumConstant",
)  # fmt: skip


_NODE_ANNOTATION = (*_NODE_ANNOTATION, "Handler")  # Try.handlers


def _child_fields(cls: type) -> tuple[str, ...]:
    """Names of the fields of ``cls`` that can hold nodes (judged from their annotations)."""
    fields = _CHILD_FIELDS.get(cls)
    if fields is None:
        fields = tuple(
            name
            for name, spec in cls.__dataclass_fields__.items()  # type: ignore[attr-defined]
            if name not in ("location", "type") and any(word in str(spec.type) for word in _NODE_ANNOTATION)
        )
        _CHILD_FIELDS[cls] = fields
    return fields


def children(node: Node) -> list[Node]:
    """The IR nodes directly below ``node``, in field order."""
    found: list[Node] = []
    for name in _child_fields(type(node)):
        value = getattr(node, name)
        if isinstance(value, Node):
            found.append(value)
        elif isinstance(value, tuple):
            found.extend(item for item in value if isinstance(item, Node))
    return found


# Per node class: its child fields in reverse order, each with whether it holds a tuple of nodes.
_WALK_PLAN: dict[type, tuple[tuple[str, bool], ...]] = {}


def _walk_plan(cls: type) -> tuple[tuple[str, bool], ...]:
    fields = cls.__dataclass_fields__  # type: ignore[attr-defined]
    plan = tuple((name, str(fields[name].type).startswith("tuple[")) for name in reversed(_child_fields(cls)))
    _WALK_PLAN[cls] = plan
    return plan


# Walks already made: id(node) -> (node, its walk). Nodes never change, and the analyses of one
# translation walk the same functions, bodies and loops again and again (about half the nodes
# walked over the valid split are walked again); the node is kept with its walk, so its id
# cannot be another node's while the entry lives. Emptied when full.
_WALKED: dict[int, tuple[Node, list[Node]]] = {}
_WALKED_LIMIT = 2048


def walk(node: Node) -> list[Node]:
    """``node`` and every node below it, parents before children (depth first, in field order)."""
    known = _WALKED.get(id(node))
    if known is not None and known[0] is node:
        return known[1].copy()
    order = _walk(node)
    if len(_WALKED) >= _WALKED_LIMIT:
        _WALKED.clear()
    _WALKED[id(node)] = (node, order)
    return order.copy()


def _walk(node: Node) -> list[Node]:
    order: list[Node] = []
    stack = [node]
    pop, push, append = stack.pop, stack.append, order.append
    plans = _WALK_PLAN
    while stack:
        current = pop()
        append(current)
        plan = plans.get(type(current))
        if plan is None:
            plan = _walk_plan(type(current))
        for name, many in plan:  # children pushed last first, so that they come out in order
            value = getattr(current, name)
            if many:
                if type(value) is tuple:
                    for item in reversed(value):
                        if isinstance(item, Node):
                            push(item)
            elif isinstance(value, Node):
                push(value)
    return order


# Words of the annotations of fields that hold no node (names, operators, flags, types): the
# fields ``transform`` passes over. A field annotated otherwise is visited, as every field was.
_SCALAR_WORDS = frozenset(
    {"str", "int", "bool", "float", "None", "frozenset", "tuple", "Type", "BinaryOp", "UnaryOp", "LibOp"}
    | {"MethodKind", "Visibility", "Role", "ClassKind"}
)
_TRANSFORM_PLAN: dict[type, tuple[str, ...]] = {}


def _transform_plan(cls: type) -> tuple[str, ...]:
    """The fields of ``cls`` that ``transform`` visits: all but ``location``, ``type`` and those
    whose annotation names only scalars (``id: str``, ``op: BinaryOp | None``)."""
    plan = tuple(
        name
        for name, spec in cls.__dataclass_fields__.items()  # type: ignore[attr-defined]
        if name not in ("location", "type")
        and not set(re.findall(r"\w+", str(spec.type))) <= _SCALAR_WORDS
    )
    _TRANSFORM_PLAN[cls] = plan
    return plan


def node_fields(cls: type) -> tuple[str, ...]:
    """The fields of the node class ``cls`` that may hold nodes, in field order: all but
    ``location``, ``type`` and those annotated with scalars only (``transform``'s plan)."""
    plan = _TRANSFORM_PLAN.get(cls)
    return plan if plan is not None else _transform_plan(cls)


def transform(node: Node, function: Callable[[Node], Node]) -> Node:
    """Rebuild ``node`` bottom-up, replacing each node by ``function(node)`` (children first)."""
    plan = _TRANSFORM_PLAN.get(type(node))
    if plan is None:
        plan = _transform_plan(type(node))
    changes: dict[str, object] | None = None
    for name in plan:
        value = getattr(node, name)
        if isinstance(value, Node):
            new = transform(value, function)
            if new is not value:
                if changes is None:
                    changes = {}
                changes[name] = new
        elif isinstance(value, tuple):
            items: list[object] | None = None
            for position, item in enumerate(value):
                if isinstance(item, Node):
                    rebuilt_item = transform(item, function)
                    if rebuilt_item is not item:
                        if items is None:
                            items = list(value)
                        items[position] = rebuilt_item
            if items is not None:
                if changes is None:
                    changes = {}
                changes[name] = tuple(items)
    rebuilt = dataclasses.replace(node, **changes) if changes else node  # type: ignore[arg-type]
    return function(rebuilt)


def _fast_init(cls: type) -> None:
    """Give the frozen, slotted dataclass ``cls`` an ``__init__`` that sets each slot through its
    descriptor: the same parameters, defaults and result as the generated one, which calls
    ``object.__setattr__`` by name for every field (about a third of the cost of building a node,
    and builders make nodes all the time: each Python inference build lowers the whole function)."""
    fields = list(dataclasses.fields(cls))
    if hasattr(cls, "__post_init__") or any(
        not spec.init or spec.default_factory is not dataclasses.MISSING for spec in fields
    ):
        return  # (none today) keep the generated __init__, which also calls __post_init__
    scope: dict[str, object] = {}
    parameters: list[str] = []
    for keyword in (False, True):
        chosen = [spec for spec in fields if spec.kw_only is keyword]
        if keyword and chosen:
            parameters.append("*")
        for spec in chosen:
            default = ""
            if spec.default is not dataclasses.MISSING:
                scope[f"_default_{spec.name}"] = spec.default
                default = f"=_default_{spec.name}"
            parameters.append(f"{spec.name}{default}")
    lines = [f"def __init__(self, {', '.join(parameters)}):"]
    for spec in fields:
        slot = inspect.getattr_static(cls, spec.name)
        if not isinstance(slot, MemberDescriptorType):
            return  # not a slot: keep the generated __init__
        scope[f"_set_{spec.name}"] = slot.__set__
        lines.append(f"    _set_{spec.name}(self, {spec.name})")
    exec("\n".join(lines), scope)  # the text is made of this module's field names
    init = scope["__init__"]
    assert isinstance(init, FunctionType)
    if _parameters(init) != _parameters(cls.__init__):  # type: ignore[misc]
        return  # (never seen) not the same parameters: keep the generated __init__
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = init  # type: ignore[misc]


def _parameters(function: Callable[..., object]) -> list[tuple[str, object, object]]:
    return [(p.name, p.kind, p.default) for p in inspect.signature(function).parameters.values()]


for _class in list(globals().values()):
    if isinstance(_class, type) and issubclass(_class, Node) and dataclasses.is_dataclass(_class):
        _fast_init(_class)
del _class
