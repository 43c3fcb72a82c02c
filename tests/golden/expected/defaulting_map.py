def int32(x):
    """x reduced to a signed 32-bit integer (two's complement), as Java's int arithmetic wraps
    around, and C++'s int arithmetic as g++ on x86-64 computes it (ISO C++ leaves its overflow
    undefined)."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000


def longestWindow(values, n, limit):
    counts = {}
    best = 0
    left = 0
    for right in range(n):
        counts[values[right]] = int32(counts.get(values[right], 0) + 1)
        while counts.get(values[right], 0) > limit:
            counts[values[left]] = int32(counts.get(values[left], 0) - 1)
            left += 1
        best = max(best, right - left + 1)
    counts.clear()
    return int32(best * 100 + len(counts) + counts.get(42, 0))
