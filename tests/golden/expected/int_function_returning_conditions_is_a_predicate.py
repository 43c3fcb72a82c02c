def int32(x):
    """x reduced to a signed 32-bit integer (two's complement), as Java's int arithmetic wraps
    around, and C++'s int arithmetic as g++ on x86-64 computes it (ISO C++ leaves its overflow
    undefined)."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000


def digit_sum_divisible(str, k):
    if len(str) == 0:
        return False
    sum = 0
    for i in range(len(str)):
        sum = int32(sum + (ord(str[i]) - ord('0')))
    return sum % k == 0 and sum > 0
