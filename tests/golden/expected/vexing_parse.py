def int32(x):
    """x reduced to a signed 32-bit integer (two's complement), as Java's int arithmetic wraps
    around, and C++'s int arithmetic as g++ on x86-64 computes it (ISO C++ leaves its overflow
    undefined)."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000


def squares_sum(n, s):
    v = [0] * n
    copy = s
    for i in range(n):
        v[i] = int32(i * i)
    w = list(v)
    w.append(len(copy))
    total = 0
    for x in w:
        total = int32(total + x)
    return int32(total + len(v))
