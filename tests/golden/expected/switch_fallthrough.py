def int32(x):
    """x reduced to a signed 32-bit integer (two's complement), as Java's int arithmetic wraps
    around, and C++'s int arithmetic as g++ on x86-64 computes it (ISO C++ leaves its overflow
    undefined)."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000


def kind(d):
    r = 0
    if d in (0, 6):
        r = 10
    elif d == 3:
        return 2
    else:
        r = int32(d * 2)
    return int32(r + 1)
