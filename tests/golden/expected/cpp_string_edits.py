def int32(x):
    """x reduced to a signed 32-bit integer (two's complement), as Java's int arithmetic wraps
    around, and C++'s int arithmetic as g++ on x86-64 computes it (ISO C++ leaves its overflow
    undefined)."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000


def edited(s, i):
    s = s[0:i] + s[int32(i + 1):]
    s = s[min(2, len(s)):]
    if len(s) > 3:
        s = s[0:1] + s[min(101, len(s)):]
    s += '!'
    s = s[:-1]
    s = s[:-1]
    t = s
    t = t[0:len(t) // 2]
    return s + "|" + t
