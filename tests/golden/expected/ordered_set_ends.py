def int32(x):
    """x reduced to a signed 32-bit integer (two's complement), as Java's int arithmetic wraps
    around, and C++'s int arithmetic as g++ on x86-64 computes it (ISO C++ leaves its overflow
    undefined)."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000


def spread(values, n):
    seen = set()
    total = 0
    for i in range(n):
        seen.add(values[i])
        total = int32(total * 3 + min(seen) - max(seen))
    return total
