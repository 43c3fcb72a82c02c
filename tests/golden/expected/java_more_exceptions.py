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


def pops(n):
    code = 0
    try:
        if n < 0:
            raise ValueError("negative: " + str(n))
        if n == 0:
            raise IndexError()
        if n > 100:
            raise RuntimeError("changed")
        code = n
    except ValueError:
        code = -1
    except IndexError:
        code = -2
    except RuntimeError:
        code = -4
    return code


def mismatch(n):
    try:
        if n % 3 == 0:
            raise ValueError("not a number")
        if trunc_mod(n, 3) == 1:
            raise TypeError("wrong type")
        return n
    except ValueError:
        return -1
    except TypeError:
        return -2


def moreExceptions(n):
    return int32(pops(n) * 10 + mismatch(n))
