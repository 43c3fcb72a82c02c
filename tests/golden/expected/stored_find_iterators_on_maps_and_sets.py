from collections import defaultdict


def int32(x):
    """x reduced to a signed 32-bit integer (two's complement), as Java's int arithmetic wraps
    around, and C++'s int arithmetic as g++ on x86-64 computes it (ISO C++ leaves its overflow
    undefined)."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000


def lookup(arr, n, x):
    freq = defaultdict(int)
    for i in range(n):
        freq[arr[i]] = int32(freq[arr[i]] + 1)
    it_key = x
    result = 0
    if it_key in freq:
        result = int32(it_key * 100 + freq[it_key])
    else:
        result = -1
    next_key = int32(x + 1)
    if next_key not in freq:
        result = int32(result + 7)
    freq[int32(x + 1)] = 5
    seen = set()
    seen.add(x)
    three_key = 3
    return int32(result * 10 + (1 if three_key in seen else 0))
