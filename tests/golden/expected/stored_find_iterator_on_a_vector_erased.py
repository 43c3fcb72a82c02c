from collections import defaultdict


def int32(x):
    """x reduced to a signed 32-bit integer (two's complement), as Java's int arithmetic wraps
    around, and C++'s int arithmetic as g++ on x86-64 computes it (ISO C++ leaves its overflow
    undefined)."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000


def unpaired(str, k):
    open = []
    for i in range(len(str)):
        pos_key = str[i]
        if pos_key in open:
            again_key = str[i]
            if again_key in open:
                open.remove(again_key)
        else:
            open.append(str[i])
    m = defaultdict(int)
    for i in range(k):
        m[i % 3] = int32(m[i % 3] + i)
    it_key = 1
    if it_key in m:
        m.pop(it_key, None)
    total = 0
    for p in sorted(m.items()):
        total = int32(total * 10 + p[1])
    return int32(len(open) * 1000 + total)
