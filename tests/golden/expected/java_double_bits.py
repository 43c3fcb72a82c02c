import struct


def int32(x):
    """x reduced to a signed 32-bit integer (two's complement), as Java's int arithmetic wraps
    around, and C++'s int arithmetic as g++ on x86-64 computes it (ISO C++ leaves its overflow
    undefined)."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000


def int64(x):
    """x reduced to a signed 64-bit integer (two's complement), as Java's long arithmetic wraps
    around, and C++'s long and long long arithmetic as g++ on x86-64 computes it (ISO C++ leaves
    its overflow undefined)."""
    return (x + 0x8000000000000000 & 0xFFFFFFFFFFFFFFFF) - 0x8000000000000000


def double_to_bits(x, raw):
    """Java's Double.doubleToRawLongBits (raw) / doubleToLongBits (every NaN 0x7ff8000000000000)."""
    if not raw and x != x:
        return 0x7FF8000000000000
    return struct.unpack("<q", struct.pack("<d", x))[0]


def double_from_bits(bits):
    """Java's Double.longBitsToDouble: the double of those IEEE 754 bits."""
    return struct.unpack("<d", struct.pack("<q", bits))[0]


def step(fn, v, x):
    d = double_from_bits(v)
    d = d + x if fn is None else fn(d, x)
    return double_to_bits(d, True)


def doubleBits(high, k):
    v = int64(high << 32) | 74565
    x = k / 4.0
    times = lambda a, b: a * b
    sum = step(None, v, x) ^ int64(step(times, v, x) * 31)
    nan = double_from_bits(9221120237041090851)
    sum = int64(sum * 31 + double_to_bits(nan, False) + double_to_bits(nan, True) * 7)
    sum = int64(sum * 31 + double_to_bits(-0.0, False) + double_to_bits(float(k), False) + double_to_bits(1e300 * k, True))
    return int32(sum ^ ((sum & 0xFFFFFFFFFFFFFFFF) >> 32))
