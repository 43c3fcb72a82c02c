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


def pairsWithEqualSums(values, n):
    seen = {}
    pairs = 0
    for i in range(n):
        key = trunc_mod(values[i], 5)
        before = seen.get(key)
        if before is not None and before > 1:
            pairs = int32(pairs + int32(before * 10))
        if before is None:
            seen[key] = 1
        else:
            pairs = int32(pairs + before)
            seen[key] = int32(before + 1)
    return int32(pairs + len(seen))
