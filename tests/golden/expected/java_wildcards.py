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


def total(xs):
    s = 0
    for x in xs:
        s = int32(s + x)
    return s


def lastOr(xs, otherwise):
    if not xs:
        return otherwise
    return xs[len(xs) - 1]


def count(xs):
    return len(xs)


def copyInto(into, from_):
    for x in from_:
        into.append(x)


def wildcards(n, s):
    numbers = []
    for i in range(trunc_mod(n, 7)):
        numbers.append(int32(i * n))
    words = []
    words.append(s)
    words.append(s + s)
    more = []
    copyInto(more, numbers)
    copyInto(more, numbers)
    return int32(total(more) + lastOr(numbers, -1) + len(lastOr(words, "")) + count(words) * 100 + count(more))
