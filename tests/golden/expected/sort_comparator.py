def int32(x):
    """x reduced to a signed 32-bit integer (two's complement), as Java's int arithmetic wraps
    around, and C++'s int arithmetic as g++ on x86-64 computes it (ISO C++ leaves its overflow
    undefined)."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000


def by_abs(arr, n):
    v = []
    for i in range(n):
        v.append(arr[i])
    v.sort(key=lambda x: int32(abs(x)))
    arr.sort(reverse=True)
    total = 0
    for i in range(n):
        total = int32(total * 3 + v[i] + arr[i] * 5)
    return total
