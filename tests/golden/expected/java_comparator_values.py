from functools import cmp_to_key


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


def cmpReversed(a, b):
    c = lambda x, y: -1 if y < x else 0 if y == x else 1
    return c(a, b)


def cmpChars(a, b):
    c = lambda x, y: ord(x) - ord(y)
    return c(a, b)


def sortWith(xs, cmp):
    xs.sort(key=cmp_to_key(cmp))


def comparatorValues(n, m):
    xs = []
    for i in range(9):
        xs.append(trunc_mod(int32(i * n + m), 11))
    byLastDigit = lambda p, q: trunc_mod(p, 10) - trunc_mod(q, 10)
    xs.sort(key=cmp_to_key(lambda a, b: -1 if byLastDigit(b, a) < 0 else 1 if byLastDigit(a, b) < 0 else 0))
    code = 0
    for x in xs:
        code = int32(code * 31 + x)
    rows = [[0] * 2 for _ in range(6)]
    for i in range(6):
        rows[i][0] = trunc_mod(int32(i * m), 3)
        rows[i][1] = trunc_mod(int32(i * n), 5)
    rows.sort(key=cmp_to_key(lambda a, b: -1 if a[0] < b[0] or a[0] == b[0] and b[1] < a[1] else 1 if b[0] < a[0] or b[0] == a[0] and a[1] < b[1] else 0))
    for r in rows:
        code = int32(code * 7 + r[0] * 5 + r[1])
    words = []
    words.append("pear")
    words.append("fig")
    words.append("apple")
    words.append("kiwi")
    words.sort(key=lambda x: len(x))
    code = int32(code * 3 + len(words[0]) + ord(words[3][0]))
    sortWith(xs, byLastDigit)
    return int32(code + xs[0] + cmpReversed(n, m) * 1000 + byLastDigit(n, m))
