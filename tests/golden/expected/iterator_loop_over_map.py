from collections import defaultdict


def int32(x):
    """x reduced to a signed 32-bit integer (two's complement), as Java's int arithmetic wraps
    around, and C++'s int arithmetic as g++ on x86-64 computes it (ISO C++ leaves its overflow
    undefined)."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000


def repeated_sum(arr, n):
    count = defaultdict(int)
    for i in range(n):
        count[arr[i]] = int32(count[arr[i]] + 1)
    total = 0
    for it in sorted(count.items()):
        if it[1] > 1:
            total = int32(total + int32(it[0] * it[1]))
    return total
