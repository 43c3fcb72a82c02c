import math
import struct


def int32(x):
    """x reduced to a signed 32-bit integer, as Java's int arithmetic wraps around."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000


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
    whole = int(f32(doubled_or_negated(x) * 4))
    if n > 0:
        whole = int32(whole + int32(int(f32(positive_part(x) * 4)) * 1000))
    return whole
