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


def kind(ch, n):
    r = 0
    if ch in ('a', 'b'):
        r = int32(n + 1)
    elif ch == 'c':
        k = int32(n * 2)
        r = int32(k - 1)
    elif ch == 'd':
        raise ValueError("d")
    else:
        if n > 3:
            return n
        r = int32(-n)
    if trunc_mod(n, 4) in (0, 1):
        # zero
        # one
        r = int32(r + 10)
    else:
        r = int32(r + 20)
    return r


def block(c, n, i):
    total = 0
    if c == 'L':
        step = int32(n + i)
        if step % 2 == 0:
            total += 1
        total += trunc_mod(step, 5)
    else:
        pass
    return total


def switches(s, n):
    total = 0
    for i in range(len(s)):
        total = int32(total + int32(kind(s[i], n) + block(s[i], n, i)))
    return total
