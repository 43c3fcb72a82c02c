from collections import defaultdict


def int32(x):
    """x reduced to a signed 32-bit integer (two's complement), as Java's int arithmetic wraps
    around, and C++'s int arithmetic as g++ on x86-64 computes it (ISO C++ leaves its overflow
    undefined)."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000


def twice(n):
    m = defaultdict(int)
    for i in range(int32(-n), n):
        m[i] = i
    for p in sorted(m.items()):
        m[p[0]] = int32(p[1] * 2)
    total = 0
    for p in sorted(m.items()):
        total = int32(total * 3 + p[1])
    return total
