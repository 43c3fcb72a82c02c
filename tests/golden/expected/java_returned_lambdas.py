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


def identity():
    return lambda t: t


def scaled(k):
    return lambda a, b: int64(a * k + b)


def half():
    return lambda x: x / 2


def lambdas(a, b):
    id = identity()
    s = scaled(b)
    return int64(id(a) + s(a, 3) + saturating_int(half()(float(a)), 64))
