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


def digit(b, type_):
    if b < ord('0') or b > ord('9'):
        raise OSError("Parse " + type_ + " time, invalid format")
    return b - ord('0')


def checkBounds(length, origin, fence):
    if origin > fence:
        raise IndexError("origin(" + str(origin) + ") > fence(" + str(fence) + ")")
    if origin < 0:
        raise IndexError("Array index out of range: " + str(origin))
    if fence > length:
        raise IndexError("String index out of range: " + str(int32(fence - length)))


def narrow(kind):
    if kind > 100:
        raise TypeError("kind " + str(kind))
    return int32(kind * 2)


def access(kind):
    if kind < -100:
        raise RuntimeError()
    return int32(kind + 1)


def jdkExceptions(length, origin, fence):
    r = 0
    try:
        checkBounds(length, origin, fence)
    except IndexError:
        r = -2
    try:
        r = int32(r + narrow(fence))
    except TypeError:
        r = int32(r - 1)
    r = int32(r + access(length))
    try:
        r = int32(r + digit(ord('0') + trunc_mod(origin, 10), "UTC"))
    except OSError:
        r = int32(r + 1000)
    return r
