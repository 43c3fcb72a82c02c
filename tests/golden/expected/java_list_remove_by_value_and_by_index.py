def int32(x):
    """x reduced to a signed 32-bit integer (two's complement), as Java's int arithmetic wraps
    around, and C++'s int arithmetic as g++ on x86-64 computes it (ISO C++ leaves its overflow
    undefined)."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000


def odd_counts(str, k):
    open = []
    for i in range(len(str)):
        if str[i] in open:
            if str[i] in open:
                open.remove(str[i])
        else:
            open.append(str[i])
    nums = []
    for i in range(5):
        nums.append(int32(i * k))
    if k in nums:
        nums.remove(k)
    if -99 in nums:
        nums.remove(-99)
    nums.pop(0)
    total = 0
    for x in nums:
        total = int32(total * 10 + x)
    return int32(len(open) * 100000 + total)
