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


def max3(a, b, c):
    m = a
    if b > m:
        m = b
    if c > m:
        m = c
    return m


def countOf(v, x):
    n = 0
    for e in v:
        if e == x:
            n += 1
    return n


def reversed_(v):
    out = []
    for i in range(len(v) - 1, -1, -1):
        out.append(v[i])
    return out


def template_mix(arr, n, a, b, c):
    v = []
    for i in range(n):
        v.append(arr[i])
    top = max3(a, b, c)
    r = reversed_(v)
    first = 0 if not r else r[0]
    return int32(trunc_mod(top, 1000) * 100 + countOf(v, a) * 10 + trunc_mod(first, 10))
