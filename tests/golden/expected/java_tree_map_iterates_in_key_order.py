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
    counts = {}
    for i in range(int32(n - 1), -1, -1):
        counts[arr[i]] = int32(counts.get(arr[i], 0) + 1)
    t = 0
    for k in sorted(counts):
        t = int64(t * 10 + k)
    for v in [value for _, value in sorted(counts.items())]:
        t = int64(t * 10 + v)
    for e in sorted(counts.items()):
        t = int64(t * 10 + e[0])
    return t
