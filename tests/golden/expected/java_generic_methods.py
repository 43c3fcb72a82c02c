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


def toList(c):
    list = []
    for e in c:
        list.append(e)
    return list


def pick(values, i, otherwise):
    if i < 0 or i >= len(values):
        return otherwise
    chosen = values[i]
    return chosen


def second(a, b):
    kept = a
    return b


def generics(n, s):
    numbers = []
    for i in range(trunc_mod(n, 10)):
        numbers.append(int32(i * n))
    copied = toList(numbers)
    words = []
    words.append(s)
    return int32(pick(copied, 2, -1) + len(pick(toList(words), 0, "")) + second(s, n))
