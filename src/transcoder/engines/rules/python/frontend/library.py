"""Python library calls recognized as IR library operations: tables.

A ``Row`` says that a call of a given number of arguments is one IR operation: ``math`` functions
(``MATH``, by name and number of arguments) and the methods of lists, sets and queues whose
arguments only convert to the receiver's element type (``LIST_METHODS``, ``SET_METHODS``,
``QUEUE_METHODS``). Calls whose shape or effect on inference decides the IR (``math.log`` with a
base, ``floor``, ``factorial``, ``list.pop``, ``sort``, ``set.add``, ``dict.get``...) are
recognizers: methods of the front end's ``calls``, ``methods`` and ``builtin_calls`` modules.
Adding a library call that is one operation is adding a row here (and a row in each target's
printing table if the operation is new), with a golden case.
"""

from __future__ import annotations

from dataclasses import dataclass

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t

L = ir.LibOp


@dataclass(frozen=True, slots=True)
class Row:
    """A call that is one library operation on its arguments (after the receiver, for a method)."""

    op: ir.LibOp
    """The IR operation."""
    result: t.Type | None
    """The result's type; None: the arithmetic type of the two arguments (``math.gcd``)."""
    element: bool = False
    """Each argument converts to the receiver's element type (in the final build)."""


MATH_DOUBLE = {
    "sqrt": L.SQRT, "exp": L.EXP, "log2": L.LOG2, "log10": L.LOG10, "sin": L.SIN, "cos": L.COS,
    "tan": L.TAN, "asin": L.ASIN, "acos": L.ACOS, "atan": L.ATAN, "cbrt": L.CBRT,
}  # fmt: skip

MATH: dict[tuple[str, int], Row] = {
    **{(name, 1): Row(op, t.DOUBLE) for name, op in MATH_DOUBLE.items()},
    ("pow", 2): Row(L.POW, t.DOUBLE),
    ("atan2", 2): Row(L.ATAN2, t.DOUBLE),
    ("hypot", 2): Row(L.HYPOT, t.DOUBLE),
    ("gcd", 2): Row(L.GCD, None),
}
"""``math.name(...)`` by name and number of arguments."""

LIST_METHODS: dict[tuple[str, int], Row] = {
    ("append", 1): Row(L.LIST_APPEND, t.VOID, element=True),
    ("count", 1): Row(L.COUNT_OF, t.INT, element=True),
    ("clear", 0): Row(L.CLEAR, t.VOID),
}
"""``list.name(...)`` (also on a list the front end keeps as an array)."""

SET_METHODS: dict[tuple[str, int], Row] = {
    ("remove", 1): Row(L.SET_REMOVE, t.VOID, element=True),
    ("discard", 1): Row(L.SET_REMOVE, t.VOID, element=True),
}
"""``set.name(...)``."""

QUEUE_METHODS: dict[tuple[str, int], Row] = {
    ("empty", 0): Row(L.EMPTY, t.BOOL),
    ("qsize", 0): Row(L.LEN, t.INT),
}
"""``queue.Queue().name(...)``."""

CHAR_TESTS = {
    "isdigit": L.IS_DIGIT, "isalpha": L.IS_ALPHA, "isalnum": L.IS_ALNUM, "isupper": L.IS_UPPER,
    "islower": L.IS_LOWER, "isspace": L.IS_SPACE,
}  # fmt: skip
"""``c.isdigit()`` and the like: a test of one character (on a str, of every character)."""

GROWING_METHODS = {"append", "pop", "insert", "extend", "remove", "appendleft", "popleft", "clear"}
"""Methods that change a sequence's length: a list that takes one is a list, not an array."""
