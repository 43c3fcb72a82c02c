from collections import defaultdict


def int32(x):
    """x reduced to a signed 32-bit integer (two's complement), as Java's int arithmetic wraps
    around, and C++'s int arithmetic as g++ on x86-64 computes it (ISO C++ leaves its overflow
    undefined)."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000


def min_max(arr, n):
    if n == 0:
        return (0, 0)
    lo = arr[0]
    hi = arr[0]
    for i in range(1, n):
        lo = min(lo, arr[i])
        hi = max(hi, arr[i])
    return (lo, hi)


def ordered_counts(s):
    m = defaultdict(int)
    for c in s:
        m[c] = int32(m[c] + 1)
    out = ""
    for entry in sorted(m.items()):
        c = entry[0]
        n = entry[1]
        out += c + str(n)
    return out


def spread(arr, n, s):
    pair2 = min_max(arr, n)
    lo = pair2[0]
    hi = pair2[1]
    return int32(hi - lo) * 1000 + len(ordered_counts(s))
