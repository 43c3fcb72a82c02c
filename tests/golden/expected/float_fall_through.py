import math
import struct


def int32(x):
    """x reduced to a signed 32-bit integer (two's complement), as Java's int arithmetic wraps
    around, and C++'s int arithmetic as g++ on x86-64 computes it (ISO C++ leaves its overflow
    undefined)."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000


def x86_int(x, bits):
    """C++'s (int) and (long long) of a double as g++ on x86-64 computes them: NaN and values
    beyond the type are its minimum (the "integer indefinite" of cvttsd2si), the others truncate
    toward zero."""
    limit = 1 << (bits - 1)
    if x != x or not -limit <= x < limit:
        return -limit
    return int(x)


def f32(x):
    """x rounded to a C++/Java float (IEEE binary32, to nearest even), ±inf past the largest
    float: what the source's float arithmetic gives where Python computes in double."""
    try:
        return struct.unpack("f", struct.pack("f", x))[0]
    except OverflowError:  # only where rounding gives an infinity x is not
        return math.copysign(math.inf, x)


def doubled_or_negated(x):
    if x > 0:
        return f32(x * 2)
    if x < 0:
        return -x


def positive_part(x):
    if x > 0:
        return x


def float_fall_through(n):
    x = f32(f32(float(n)) / 4.0)
    whole = x86_int(f32(doubled_or_negated(x) * 4), 32)
    if n > 0:
        whole = int32(whole + int32(x86_int(f32(positive_part(x) * 4), 32) * 1000))
    return whole
