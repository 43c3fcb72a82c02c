def int32(x):
    """x reduced to a signed 32-bit integer (two's complement), as Java's int arithmetic wraps
    around, and C++'s int arithmetic as g++ on x86-64 computes it (ISO C++ leaves its overflow
    undefined)."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000


def place_all(a, n):
    for i in range(n):
        while a[i] != i:
            index = a[i]
            a[i], a[index] = a[index], a[i]
    code = 0
    for i in range(n):
        code = int32(code * 10 + a[i])
    return code
