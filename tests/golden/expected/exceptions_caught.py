def int32(x):
    """x reduced to a signed 32-bit integer (two's complement), as Java's int arithmetic wraps
    around, and C++'s int arithmetic as g++ on x86-64 computes it (ISO C++ leaves its overflow
    undefined)."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000


def checkedHalf(x):
    if x % 2 != 0:
        raise ValueError("odd: " + str(x))
    return int(x / 2)


def positive(v):
    if v > 0:
        return v
    raise LookupError()


def halfPlusFirst(x, y):
    r = 0
    try:
        r = int32(checkedHalf(x) + positive(y))
    except ValueError:
        r = -1
    except (LookupError, RuntimeError):
        r = -2
    return r
