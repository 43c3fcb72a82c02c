import math
import re


def trunc_div(a, b):
    """Integer division rounding toward zero, as in C++ and Java."""
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q


def int32(x):
    """x reduced to a signed 32-bit integer (two's complement), as Java's int arithmetic wraps
    around, and C++'s int arithmetic as g++ on x86-64 computes it (ISO C++ leaves its overflow
    undefined)."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000


def saturating_int(x, bits):
    """Java's (int) and (long) of a double: NaN is 0, values beyond the type's range clamp to its
    limits, the others truncate toward zero."""
    if x != x:
        return 0
    limit = 1 << (bits - 1)
    if x >= limit:
        return limit - 1
    if x < -limit:
        return -limit
    return int(x)


def region_matches(s, offset, other, other_offset, count):
    """Java's String.regionMatches: false when a region leaves its string, else whether the count
    chars at offset equal those at other_offset (true for count <= 0)."""
    if offset < 0 or other_offset < 0 or offset > len(s) - count or other_offset > len(other) - count:
        return False
    return count <= 0 or s[offset:offset + count] == other[other_offset:other_offset + count]


def to_int_exact(x):
    """Java's Math.toIntExact: x when it is an int, else ArithmeticException (OverflowError)."""
    if not -0x80000000 <= x <= 0x7FFFFFFF:
        raise OverflowError("integer overflow")
    return x


def ieee_remainder(x, y):
    """Java's Math.IEEEremainder (C's remainder): NaN where math.remainder raises (y = 0, x infinite)."""
    if x != x or y != y or y == 0 or x in (float("inf"), float("-inf")):
        return float("nan")
    return math.remainder(x, y)


def bang(spec):
    i = spec.rfind('!', 0, max(int32(len(spec) + 2) + 1, 0))
    while i != -1:
        if i != len(spec) - 1 and spec[int32(i + 1)] == '/':
            return int32(i + 1)
        else:
            i = spec.rfind('!', 0, max(int32(i - 1) + 1, 0))
    return -1


def sameTail(a, b):
    i1 = int32(a.rfind('.') + 1)
    i2 = int32(b.rfind('.') + 1)
    n1 = int32(len(a) - i1)
    n2 = int32(len(b) - i2)
    return n1 == n2 and region_matches(a, i1, b, i2, n1)


def xmlName(name):
    if not name or name[0].isdecimal():
        name = "_" + name
    return re.sub("_{2,}", "-", re.sub("[^A-Za-z_0-9]", "_", name))


def exact(v, x, y):
    r = to_int_exact(trunc_div(v, 3))
    return int32(r + saturating_int(ieee_remainder(x, y), 32))


def same(a, b, arr):
    return a == b


def jdkStrings(a, b, v):
    return str(bang(a)) + " " + str(bang(b)) + " " + ("true" if sameTail(a, b) else "false") + " " + xmlName(a) + " " + xmlName(b) + " " + str(exact(v, v * 1.5, 4.0)) + " " + ("true" if same(a, b, [0] * 0) else "false")
