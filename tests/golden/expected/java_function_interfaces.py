def trunc_div(a, b):
    """Integer division rounding toward zero, as in C++ and Java."""
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q


def trunc_mod(a, b):
    """Remainder with the sign of the dividend, as in C++ and Java."""
    return a - b * trunc_div(a, b)


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


def functionInterfaces(n, s):
    length = lambda w: int32(len(w) * 2)
    square = lambda x: x * x
    half = lambda x: x / 2.0
    stars = lambda k: "*" * (0 if trunc_mod(k, 5) < 0 else trunc_mod(k, 5))
    at = lambda w, i: ord(w[i]) if i < len(w) else -1
    total = int64(length(s) + square(n) + saturating_int(half(n), 64))
    return int32(trunc_mod(total, 1000003) + len(stars(n)) + at(s, 1))
