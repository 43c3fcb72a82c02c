"""What each IR library operation does besides computing a value: one table, beside the IR.

Analyses and passes read effects from here instead of keeping their own lists of operations:
which arguments an operation changes in place (``assigned_names``, purity), whether it writes
output, whether it yields a value or stands only as a statement, and whether its result on a set
or map depends on the container's iteration order (``analysis.container_order``).
"""

from __future__ import annotations

from dataclasses import dataclass

from transcoder.engines.rules.ir import LibOp as L


@dataclass(frozen=True, slots=True)
class Effect:
    """The effects of one library operation."""

    mutates: int = 0
    """How many leading arguments it changes in place (``swap(a, b)``: 2; ``sort(v, ...)``: 1)."""
    value: bool = True
    """Whether it yields a value; False: it stands only as a statement (``sort``, ``map_put``)."""
    order_free: bool = False
    """On a set or map: its result does not depend on the container's iteration order."""
    output: bool = False
    """Whether it writes to standard output."""


_PURE = Effect()
_PURE_ORDER_FREE = Effect(order_free=True)
_CHANGES_FIRST = Effect(mutates=1, value=False)
_CHANGES_FIRST_ORDER_FREE = Effect(mutates=1, value=False, order_free=True)
_TAKES_FROM_FIRST = Effect(mutates=1)  # removes an element and yields it (Java style)

EFFECTS: dict[L, Effect] = {
    # math
    L.ABS: _PURE,
    L.MIN: _PURE,
    L.MAX: _PURE,
    L.POW: _PURE,
    L.SQRT: _PURE,
    L.CBRT: _PURE,
    L.EXP: _PURE,
    L.LOG: _PURE,
    L.LOG2: _PURE,
    L.LOG10: _PURE,
    L.FLOOR: _PURE,
    L.CEIL: _PURE,
    L.ROUND: _PURE,
    L.SIN: _PURE,
    L.COS: _PURE,
    L.TAN: _PURE,
    L.ASIN: _PURE,
    L.ACOS: _PURE,
    L.ATAN: _PURE,
    L.ATAN2: _PURE,
    L.HYPOT: _PURE,
    L.GCD: _PURE,
    L.BIT_COUNT: _PURE,
    L.INT_MAX: _PURE,
    L.INT_MIN: _PURE,
    L.FLOAT_MAX: _PURE,
    L.FLOAT_INFINITY: _PURE,
    L.FLOAT_NAN: _PURE,
    L.SATURATING_INT: _PURE,
    L.X86_INT: _PURE,
    L.ROUND_HALF_UP: _PURE,
    L.ROUND_HALF_EVEN: _PURE,
    L.ROUND_DIGITS: _PURE,
    L.PY_INT_OF_FLOAT: _PURE,
    # in-place sequence algorithms
    L.SWAP: Effect(mutates=2, value=False),
    L.SORT: _CHANGES_FIRST,
    L.SORT_DESC: _CHANGES_FIRST,
    L.REVERSE: _CHANGES_FIRST,
    L.FILL: _CHANGES_FIRST,
    # strings
    L.STR_LEN: _PURE,
    L.SUBSTRING: _PURE,
    L.STR_FIND: _PURE,
    L.STR_COMPARE: _PURE,
    L.STR_APPEND: _CHANGES_FIRST,
    L.STR_CHARS: _PURE,
    L.STR_FROM_CHARS: _PURE,
    L.STR_REPEAT: _PURE,
    L.STR_REVERSED: _PURE,
    L.TO_STRING: _PURE,
    L.PARSE_INT: _PURE,
    L.C_STOI: _PURE,
    L.C_ATOI: _PURE,
    L.IS_DIGIT: _PURE,
    L.IS_ALPHA: _PURE,
    L.IS_ALNUM: _PURE,
    L.IS_UPPER: _PURE,
    L.IS_LOWER: _PURE,
    L.IS_SPACE: _PURE,
    L.TO_UPPER: _PURE,
    L.TO_LOWER: _PURE,
    # sized containers
    L.LEN: _PURE_ORDER_FREE,
    L.EMPTY: _PURE_ORDER_FREE,
    L.CLEAR: _CHANGES_FIRST_ORDER_FREE,
    # lists
    L.LIST_APPEND: _CHANGES_FIRST,
    L.LIST_POP_BACK: _TAKES_FROM_FIRST,
    L.LIST_BACK: _PURE,
    L.LIST_FRONT: _PURE,
    L.LIST_INSERT: _CHANGES_FIRST,
    L.LIST_REMOVE_AT: _TAKES_FROM_FIRST,
    L.LIST_REMOVE_VALUE: _CHANGES_FIRST,
    L.CONTAINS: _PURE_ORDER_FREE,
    L.COUNT_OF: _PURE_ORDER_FREE,
    L.MAX_ELEMENT: _PURE_ORDER_FREE,
    L.MIN_ELEMENT: _PURE_ORDER_FREE,
    L.ACCUMULATE: _PURE_ORDER_FREE,  # on a set of integers; sums of doubles are not summed over sets
    L.LOWER_BOUND: _PURE,
    L.UPPER_BOUND: _PURE,
    # maps
    L.MAP_GET: _PURE_ORDER_FREE,
    L.MAP_GET_OR: _PURE_ORDER_FREE,
    L.MAP_PUT: _CHANGES_FIRST_ORDER_FREE,
    L.MAP_REMOVE: _CHANGES_FIRST_ORDER_FREE,
    L.MAP_KEYS: _PURE,
    L.MAP_VALUES: _PURE,
    L.MAP_ITEMS: _PURE,
    L.MAP_MERGE: _CHANGES_FIRST,
    # sets
    L.SET_ADD: _CHANGES_FIRST_ORDER_FREE,
    L.SET_REMOVE: _CHANGES_FIRST_ORDER_FREE,
    L.ELEMENTS: _PURE,
    # stacks, queues, deques, priority queues
    L.PUSH: _CHANGES_FIRST,
    L.POP: _TAKES_FROM_FIRST,
    L.PEEK: _PURE,
    L.PUSH_FRONT: _CHANGES_FIRST,
    L.POP_FRONT: _TAKES_FROM_FIRST,
    L.PEEK_BACK: _PURE,
    # output
    L.PRINT: Effect(value=False, output=True),
    # pairs
    L.MAKE_PAIR: _PURE,
    L.PAIR_FIRST: _PURE,
    L.PAIR_SECOND: _PURE,
    L.MAKE_TUPLE: _PURE,
    L.TUPLE_GET: _PURE,
    L.FORMAT_C: _PURE,
    L.JAVA_TEXT: _PURE,
    L.PYTHON_TEXT: _PURE,
    L.EXIT: Effect(value=False, output=True),
    L.READ_TOKEN: Effect(output=True),  # reads input: never dropped, reordered or repeated
    L.READ_LINE: Effect(output=True),
    L.HAS_TOKEN: Effect(output=True),
    # text and bits (issue 13)
    L.STR_FIND_LAST: _PURE,
    L.STR_FIND_FROM: _PURE,
    L.STARTS_WITH: _PURE,
    L.ENDS_WITH: _PURE,
    L.EQUALS_IGNORE_CASE: _PURE,
    L.STR_TRIM: _PURE,
    L.STR_REPLACE: _PURE,
    L.STR_UPPER: _PURE,
    L.STR_LOWER: _PURE,
    L.STR_SPLIT: _PURE,
    L.STR_JOIN: _PURE,
    L.STR_TIMES: _PURE,
    L.LEADING_ZEROS: _PURE,
    L.TRAILING_ZEROS: _PURE,
    L.ROTATE_LEFT: _PURE,
    L.ROTATE_RIGHT: _PURE,
    L.TO_BASE_STRING: _PURE,
    L.SIGNUM: _PURE,
    L.STR_FIND_LAST_FROM: _PURE,
    L.PY_STR_FIND: _PURE,
    L.PY_STR_RFIND: _PURE,
    L.PY_STR_COUNT: _PURE,
    L.PY_STR_RSPLIT: _PURE,
    L.REGION_MATCHES: _PURE,
    L.STR_REPLACE_REGEX: _PURE,
    L.TO_INT_EXACT: _PURE,
    L.JAVA_PARSE_INT: _PURE,
    L.DOUBLE_TO_BITS: _PURE,
    L.DOUBLE_FROM_BITS: _PURE,
    L.IEEE_REMAINDER: _PURE,
    L.COPY_RANGE: _PURE,
    L.ARRAY_COPY: _CHANGES_FIRST,
    L.LIST_RESIZE: _CHANGES_FIRST,
    L.PY_INDEX: _PURE,
}

MUTATING: frozenset[L] = frozenset(op for op, effect in EFFECTS.items() if effect.mutates)
"""Operations that change one of their arguments in place."""
ORDER_FREE: frozenset[L] = frozenset(op for op, effect in EFFECTS.items() if effect.order_free)
"""Operations on a set or map whose result does not depend on its iteration order."""
SIDE_EFFECTS: frozenset[L] = frozenset(
    op for op, effect in EFFECTS.items() if effect.mutates or effect.output
)
"""Operations that change an argument or write output: never dropped, reordered or repeated."""


def changed_arguments(op: L) -> int:
    """How many leading arguments ``op`` changes in place."""
    return EFFECTS[op].mutates
