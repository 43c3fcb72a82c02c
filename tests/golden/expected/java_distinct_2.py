def int32(x):
    """x reduced to a signed 32-bit integer (two's complement), as Java's int arithmetic wraps
    around, and C++'s int arithmetic as g++ on x86-64 computes it (ISO C++ leaves its overflow
    undefined)."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000


def distinct(a, n):
    seen = set()
    count = 0
    for i in range(n):
        if a[i] not in seen:
            count += 1
        seen.add(a[i])
    return int32(count + len(seen))
