def int32(x):
    """x reduced to a signed 32-bit integer (two's complement), as Java's int arithmetic wraps
    around, and C++'s int arithmetic as g++ on x86-64 computes it (ISO C++ leaves its overflow
    undefined)."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000


def distinct(a, n):
    seen = set()
    last = {}
    total = 0
    for i in range(n):
        seen.add(a[i])
        last[a[i]] = i
    for k in last.keys():
        total = int32(total + k)
    return int32(len(seen) + total)
