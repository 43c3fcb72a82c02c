import math


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


def round_half_up(x):
    """Java's Math.round: the closest integer, halves rounded up (-2.5 -> -2); NaN is 0."""
    if x != x:
        return 0
    whole = math.floor(x)
    return whole + 1 if x - whole >= 0.5 else whole


def codePointSize(val, off, end):
    n = int32(end - off)
    while off < end:
        cp = val[off]
        off += 1
        if (cp & 0xFFFFFFFF) >> 16 == 0:
            continue
        elif (cp & 0xFFFFFFFF) >> 16 < 17:
            n = int32(n + 1)
        else:
            return -1
    return n


def strict(a, b, x):
    return int32(int32(abs(a)) + max(a, b)) + min(x, 2.5) + a // 3 + b % 4 + math.sqrt(abs(x)) + math.floor(x) + math.ceil(x)


def codePoints(a, b):
    cps = [a, b, 65, 1114111, 128512]
    return int64(codePointSize(cps, 0, len(cps)) + round_half_up(strict(a, b, a / 7.0) * 1000))
