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


def apply_all(x):
    add = lambda a, b: int32(a + b)
    twice = lambda v: int32(v * 2)
    k = 3
    def step(v):
        r = int32(v + k)
        if r > 100:
            return int32(r - 100)
        return r
    positive = lambda v: v > 0
    total = step(twice(add(trunc_mod(x, 1000), 1)))
    return total if positive(x) else int32(-total)
