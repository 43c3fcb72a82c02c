def int32(x):
    """x reduced to a signed 32-bit integer (two's complement), as Java's int arithmetic wraps
    around, and C++'s int arithmetic as g++ on x86-64 computes it (ISO C++ leaves its overflow
    undefined)."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000


def checked_half(x):
    if x % 2 != 0:
        raise ValueError("odd")
    assert x >= -100, "small"
    return int(x / 2)


def first_positive(a, n):
    for i in range(n):
        if a[i] > 0:
            return a[i]
    raise IndexError("none positive")


def half_plus_first(a, n, x):
    try:
        return int32(checked_half(x) + first_positive(a, n))
    except ValueError:
        return -1
    except BaseException:
        return -2
