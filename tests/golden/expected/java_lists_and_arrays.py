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


def lists(arr, n):
    evens = []
    for x in arr:
        if x % 2 == 0:
            evens.append(x)
    evens.sort()
    copy = [0] * n
    for i in range(n):
        copy[i] = (arr[i] & 0xFFFFFFFF) >> 1
    copy.sort()
    total = 0
    for i in range(len(evens)):
        total = int64(total * 10 + evens[i])
    return int64(total + copy[int32(n - 1)] + -7 % 3 + int(-7 / 2))
