"""Intervals of integers (and of floats, with a may-be-NaN flag): the values of the range analysis.

A bound of ``None`` is unbounded on that side. Integer intervals are exact mathematical values:
``Interval(0, 2**31)`` holds 2**31, which no 32-bit int does; whether a value fits its type is
``fits``. Float intervals may have float bounds and carry ``nan`` when NaN is possible.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

from transcoder.engines.rules import types as t

Bound = int | float | None


@dataclass(slots=True, unsafe_hash=True)
class Interval:
    """The values ``low <= v <= high`` (``None``: unbounded), and NaN when ``nan``.

    A value: never changed once made (shared freely, hashed by its fields). Not ``frozen``
    only because a frozen dataclass builds each instance through ``object.__setattr__``, three
    times slower, and the range analysis makes hundreds of thousands of them."""

    low: Bound = None
    high: Bound = None
    nan: bool = False

    def __str__(self) -> str:
        low = "-inf" if self.low is None else str(self.low)
        high = "inf" if self.high is None else str(self.high)
        return f"[{low}, {high}]" + (" or NaN" if self.nan else "")

    @property
    def bounded(self) -> bool:
        return self.low is not None and self.high is not None and not self.nan

    def within(self, other: Interval) -> bool:
        """Every value of ``self`` is a value of ``other``."""
        if self.nan and not other.nan:
            return False
        low_ok = other.low is None or (self.low is not None and self.low >= other.low)
        high_ok = other.high is None or (self.high is not None and self.high <= other.high)
        return low_ok and high_ok

    def join(self, other: Interval) -> Interval:
        """The smallest interval holding both."""
        if other is self:
            return self
        # min and max spelled out (the range analysis joins hundreds of thousands of times):
        # each keeps its first argument unless the second is strictly smaller (larger), as they do
        low, other_low = self.low, other.low
        if low is not None:
            low = None if other_low is None else other_low if other_low < low else low
        high, other_high = self.high, other.high
        if high is not None:
            high = None if other_high is None else other_high if other_high > high else high
        return Interval(low, high, self.nan or other.nan)

    def meet(self, other: Interval) -> Interval | None:
        """The values in both; None when there are none."""
        low, other_low = self.low, other.low
        if low is None or (other_low is not None and other_low > low):
            low = other_low
        high, other_high = self.high, other.high
        if high is None or (other_high is not None and other_high < high):
            high = other_high
        if low is not None and high is not None and low > high:
            return None
        return Interval(low, high, self.nan and other.nan)

    def __add__(self, other: Interval) -> Interval:
        low = None if self.low is None or other.low is None else self.low + other.low
        high = None if self.high is None or other.high is None else self.high + other.high
        return Interval(low, high, self.nan or other.nan)

    def __neg__(self) -> Interval:
        return Interval(
            None if self.high is None else -self.high, None if self.low is None else -self.low, self.nan
        )

    def __sub__(self, other: Interval) -> Interval:
        """``self + (-other)`` in one step (``a - b`` is ``a + (-b)``, for floats too)."""
        low = None if self.low is None or other.high is None else self.low - other.high
        high = None if self.high is None or other.low is None else self.high - other.low
        return Interval(low, high, self.nan or other.nan)

    def __mul__(self, other: Interval) -> Interval:
        if not (self.bounded and other.bounded):
            if _is_zero(self) or _is_zero(other):
                return Interval(0, 0, self.nan or other.nan)
            return _sign_product(self, other)
        assert (
            self.low is not None
            and self.high is not None
            and other.low is not None
            and other.high is not None
        )
        products = [a * b for a in (self.low, self.high) for b in (other.low, other.high)]
        return Interval(min(products), max(products))

    def scaled(self, factor: int | None) -> Interval:
        """``self`` added up ``factor`` times at most (and at least zero times): an accumulation."""
        if factor is None:
            return Interval(None if _may_be_below(self, 0) else 0, None if _may_be_above(self, 0) else 0)
        steps = Interval(0, factor)
        return self * steps


UNKNOWN = Interval()


_POINTS: dict[int, Interval] = {}  # int -> its point interval (values are never changed)


def point(value: int | float) -> Interval:
    if type(value) is not int:
        return Interval(value, value)
    found = _POINTS.get(value)
    if found is None:
        found = Interval(value, value)
        if len(_POINTS) < 4096:
            _POINTS[value] = found
    return found


def of_type(type_: t.Type, char_range: Interval | None = None) -> Interval:
    """Every value a variable of ``type_`` can hold (unbounded for floats and Python ints)."""
    if isinstance(type_, t.IntType) and type_.bits is not None:
        return _int_limits(type_.bits, type_.signed)
    if isinstance(type_, t.BoolType):
        return Interval(0, 1)
    if isinstance(type_, t.CharType):
        return char_range if char_range is not None else Interval(-128, 0xFFFF)
    if isinstance(type_, t.FloatType):
        return Interval(None, None, True)
    return UNKNOWN


@functools.cache
def _int_limits(bits: int, signed: bool) -> Interval:
    # asked at almost every step of the range analysis: one interval per width and signedness
    if signed:
        return Interval(-(1 << (bits - 1)), (1 << (bits - 1)) - 1)
    return Interval(0, (1 << bits) - 1)


def fits(value: Interval, type_: t.Type) -> bool:
    """Whether every value of ``value`` is a value of the integer type ``type_``."""
    return value.within(of_type(type_))


def trunc_div(a: Interval, b: Interval) -> Interval:
    """C/Java ``a / b`` rounding toward zero, for any divisor but zero."""
    if _non_negative(a) and _non_negative(b):
        # a zero divisor never divides (Java throws, C++ is undefined): the least is 1
        assert a.low is not None and b.low is not None
        smallest = max(int(b.low), 1)
        low = 0 if b.high is None else _tdiv(a.low, b.high) if b.high >= 1 else 0
        return Interval(low, None if a.high is None else _tdiv(a.high, smallest))
    if (b.low is not None and b.low > 0) or (b.high is not None and b.high < 0):
        if not (a.bounded and b.bounded):
            magnitude = _magnitude(a)
            return Interval(None if magnitude is None else -magnitude, magnitude)
        assert a.low is not None and a.high is not None and b.low is not None and b.high is not None
        quotients = [_tdiv(x, y) for x in (a.low, a.high) for y in (b.low, b.high)]
        return Interval(min(quotients), max(quotients))
    magnitude = _magnitude(a)  # a divisor of either sign: |a / b| <= |a|
    return Interval(None if magnitude is None else -magnitude, magnitude)


def trunc_mod(a: Interval, b: Interval) -> Interval:
    """C/Java ``a % b``: the sign of ``a``, smaller in magnitude than ``b`` and no larger than ``a``."""
    limit = _magnitude(b)
    size = _magnitude(a)
    if limit is not None:
        limit = limit - 1
    if size is not None and (limit is None or size < limit):
        limit = size
    low = 0 if not _may_be_below(a, 0) else (None if limit is None else -limit)
    high = 0 if not _may_be_above(a, 0) else limit
    return Interval(low, high)


def floor_mod(a: Interval, b: Interval) -> Interval:
    """Python ``a % b``: the sign of ``b``."""
    limit = _magnitude(b)
    if limit is not None:
        limit -= 1
    low = 0 if not _may_be_below(b, 0) else (None if limit is None else -limit)
    high = 0 if not _may_be_above(b, 0) else limit
    return Interval(low, high)


def shift_right(a: Interval, b: Interval) -> Interval:
    """``a >> b`` (arithmetic) for a shift count ``b >= 0``: toward zero or -1, never larger."""
    low = None if a.low is None else min(a.low, -1) if a.low < 0 else 0
    high = None if a.high is None else max(a.high, 0)
    return Interval(low, high)


def bit_and(a: Interval, b: Interval) -> Interval:
    """``a & b``: non-negative when either is, and no larger than a non-negative operand."""
    highs = [x.high for x in (a, b) if x.low is not None and x.low >= 0 and x.high is not None]
    if highs:
        return Interval(0, min(highs))
    return UNKNOWN


def bit_or(a: Interval, b: Interval) -> Interval:
    """``a | b`` and ``a ^ b`` of non-negative operands: below the next power of two."""
    if (
        a.low is not None
        and a.low >= 0
        and b.low is not None
        and b.low >= 0
        and a.high is not None
        and b.high is not None
    ):
        top = max(int(a.high), int(b.high))
        return Interval(0, (1 << top.bit_length()) - 1)
    return UNKNOWN


def sqrt(a: Interval) -> Interval:
    high = None if a.high is None else math.sqrt(max(a.high, 0))
    return Interval(0, high, a.nan or _may_be_below(a, 0))


def absolute(a: Interval) -> Interval:
    magnitude = _magnitude(a)
    low = 0 if _may_be_below(a, 0) and _may_be_above(a, 0) else min(abs(a.low or 0), abs(a.high or 0))
    return Interval(low, magnitude, a.nan)


def _non_negative(a: Interval) -> bool:
    return a.low is not None and a.low >= 0 and not a.nan


def _magnitude(a: Interval) -> int | float | None:
    if a.low is None or a.high is None:
        return None
    return max(abs(a.low), abs(a.high))


def _may_be_below(a: Interval, value: int) -> bool:
    return a.low is None or a.low < value


def _may_be_above(a: Interval, value: int) -> bool:
    return a.high is None or a.high > value


def _is_zero(a: Interval) -> bool:
    return a.low == 0 and a.high == 0 and not a.nan


def _sign_product(a: Interval, b: Interval) -> Interval:
    """The product of unbounded intervals: only its sign may be known."""
    a_neg, a_pos = _may_be_below(a, 0), _may_be_above(a, 0)
    b_neg, b_pos = _may_be_below(b, 0), _may_be_above(b, 0)
    negative = (a_neg and b_pos) or (a_pos and b_neg)
    positive = (a_pos and b_pos) or (a_neg and b_neg)
    return Interval(None if negative else 0, None if positive else 0, a.nan or b.nan)


def _tdiv(x: int | float, y: int | float) -> int | float:
    if isinstance(x, int) and isinstance(y, int):
        q = abs(x) // abs(y)
        return q if (x >= 0) == (y >= 0) else -q
    return x / y
