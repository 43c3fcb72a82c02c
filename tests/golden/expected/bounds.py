import bisect


def int32(x):
    """x reduced to a signed 32-bit integer (two's complement), as Java's int arithmetic wraps
    around, and C++'s int arithmetic as g++ on x86-64 computes it (ISO C++ leaves its overflow
    undefined)."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000


def count_between(arr, n, low, high):
    arr.sort()
    first = bisect.bisect_left(arr, low)
    last = bisect.bisect_right(arr, high)
    v = [0] * n
    for i in range(n):
        v[i] = arr[i] * 2
    tail = bisect.bisect_left(v, high, 1)
    return int32((last - first) * 100 + tail)
