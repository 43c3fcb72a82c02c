def int32(x):
    """x reduced to a signed 32-bit integer (two's complement), as Java's int arithmetic wraps
    around, and C++'s int arithmetic as g++ on x86-64 computes it (ISO C++ leaves its overflow
    undefined)."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000


def pairs_divisible_by_4(s):
    n = len(s)
    count = 0
    i = 0
    while int32(i + 1) < n:
        if ((ord(s[i]) - ord('0')) * 10 + (ord(s[i + 1]) - ord('0'))) % 4 == 0:
            count = int32(count + (i + 1))
        i += 1
    return count
