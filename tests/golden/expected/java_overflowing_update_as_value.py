def int32(x):
    """x reduced to a signed 32-bit integer (two's complement), as Java's int arithmetic wraps
    around, and C++'s int arithmetic as g++ on x86-64 computes it (ISO C++ leaves its overflow
    undefined)."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000


def fill(path, p):
    i = 0
    while i < len(path):
        if i % 2 == 0:
            old = p
            p = int32(p + 1)
            path[old & 3] = '/'
        i += 1
    return p


def bump(val):
    lastSum = 0
    i = len(val) - 1
    while i >= 0 and lastSum == 0:
        val[i] = int32(val[i] + 1)
        lastSum = val[i]
        i -= 1
    return lastSum


def cut(attribute):
    pos = attribute.find(':')
    if pos == -1:
        return attribute
    old = pos
    pos = int32(pos + 1)
    s = attribute[0:old]
    return s + "|" + attribute[pos:]


def pre(n, k):
    n = int32(n + 1)
    total = int32(n * 2)
    k = int32(k + n)
    if k > 10:
        return int32(total + k)
    old = n
    n = int32(n - 1)
    return old


def overflowingUpdates(n, k, s):
    path = ['\0'] * 5
    val = [n, k, -1, -1]
    zero = [0, 0]
    return int32(fill(path, n) + bump(val) + bump(zero) + val[1] + len(cut(s)) * 7 + pre(n, k) * 3 + pre(k, n))
