from collections import defaultdict


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


def int64(x):
    """x reduced to a signed 64-bit integer (two's complement), as Java's long arithmetic wraps
    around, and C++'s long and long long arithmetic as g++ on x86-64 computes it (ISO C++ leaves
    its overflow undefined)."""
    return (x + 0x8000000000000000 & 0xFFFFFFFFFFFFFFFF) - 0x8000000000000000


def tally(values, n):
    counts = defaultdict(int)
    sums = defaultdict(int)
    for i in range(n):
        counts[values[i]] = int32(counts[values[i]] + 1)
        sums[trunc_mod(values[i], 3)] = int64(sums[trunc_mod(values[i], 3)] + values[i])
        if int32(values[i] * 10) not in counts:
            counts[int32(values[i] * 10)] = i
    total = int32(len(counts) * 1000 + counts[values[0]] * 100 + counts[int32(values[0] * 10)])
    for e in sorted(sums.items()):
        total = int64(total * 7 + e[0] + e[1])
    return trunc_mod(total, 1000003)
