def int32(x):
    """x reduced to a signed 32-bit integer (two's complement), as Java's int arithmetic wraps
    around, and C++'s int arithmetic as g++ on x86-64 computes it (ISO C++ leaves its overflow
    undefined)."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000


def fillSquares(out, k):
    for i in range(1, k + 1):
        out.append(int32(i * i))
    out.sort(reverse=True)


def squares(k):
    out = []
    fillSquares(out, k)
    return int32(len(out) * 1000 + (0 if not out else out[0]))
