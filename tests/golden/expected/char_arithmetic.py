def trunc_div(a, b):
    """Integer division rounding toward zero, as in C++ and Java."""
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q


def trunc_mod(a, b):
    """Remainder with the sign of the dividend, as in C++ and Java."""
    return a - b * trunc_div(a, b)


def int32(x):
    """x reduced to a signed 32-bit integer (two's complement), as Java's int arithmetic wraps
    around, and C++'s int arithmetic as g++ on x86-64 computes it (ISO C++ leaves its overflow
    undefined)."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000


def shifted_hash(s, k):
    total = 0
    for i in range(len(s)):
        d = chr(ord('a') + trunc_mod(int32(ord(s[i]) - ord('a') + k), 26))
        total = trunc_mod(int32(total * 31 + ord(d)), 1000003)
        if s[i].isdecimal():
            total += ord(s[i]) - ord('0')
    return total
