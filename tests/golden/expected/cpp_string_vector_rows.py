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


def edit(s):
    t = s
    p = t.find('a') & 0xFFFFFFFFFFFFFFFF
    if p != 18446744073709551615:
        t = t[0:int32(p)] + "A" + t[min(int32(int32(p) + 1), len(t)):]
    q = t.find('b', 2) & 0xFFFFFFFFFFFFFFFF
    if q != 18446744073709551615:
        t = t[0:int32(q)] + "<b>" + t[min(int32(int32(q) + 5), len(t)):]
    last = s.rfind("ab")
    return t + "|" + str(last)


def reshape(arr, n, k):
    v = list(arr)
    v[int32(len(v) + 2):] = [9] * (int32(len(v) + 2) - len(v))
    v[trunc_mod(k, 4):] = [0] * (trunc_mod(k, 4) - len(v))
    total = 0
    for x in v:
        total = int32(total * 10 + trunc_mod(x, 10))
    return int32(total * 10 + len(v))


def rows(arr, n, s, k):
    return int32(len(edit(s)) * 100000 + reshape(arr, n, k))
