from collections import defaultdict


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


def key_order(arr, n):
    counts = defaultdict(int)
    seen = set()
    for i in range(int32(n - 1), -1, -1):
        counts[arr[i]] = int32(counts[arr[i]] + 1)
        seen.add(int32(arr[i] * 2))
    t = 0
    for p in sorted(counts.items()):
        t = int64(t * 10 + p[0])
    for x in sorted(seen):
        t = int64(t * 100 + x)
    return t
