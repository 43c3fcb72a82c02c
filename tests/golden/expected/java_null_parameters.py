def trunc_div(a, b):
    """Integer division rounding toward zero, as in C++ and Java."""
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q


def trunc_mod(a, b):
    """Remainder with the sign of the dividend, as in C++ and Java."""
    return a - b * trunc_div(a, b)


def int8(x):
    """x reduced to a signed 8-bit integer (two's complement), as a conversion to Java's byte or
    to C++'s signed char wraps around."""
    return (x + 0x80 & 0xFF) - 0x80


def int32(x):
    """x reduced to a signed 32-bit integer (two's complement), as Java's int arithmetic wraps
    around, and C++'s int arithmetic as g++ on x86-64 computes it (ISO C++ leaves its overflow
    undefined)."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000


def checkName(name):
    if name is None:
        raise ValueError("name can't be null")
    return name


def isKnown(provider):
    return provider is not None and (provider == "SunJCE" or provider.startswith("SunPKCS11"))


def firstTwo(bytes):
    if bytes is not None and len(bytes) >= 2:
        return ((bytes[0] & 255) << 8) | (bytes[1] & 255)
    return -1


def checkedLength(values, limit):
    if limit <= 0:
        return 0
    if values is None:
        raise TypeError()
    return -1 if limit > len(values) else len(values)


def lengthOr(values, check):
    if check and values is None:
        return -2
    return len(values)


def nullParameters(k, s):
    bytes = [int8(k), int8(k >> 8), 7]
    values = [k, 2, 3]
    total = int32(len(checkName(s)) + (1 if isKnown(s) else 0) * 10 + (100 if isKnown(None) else 0))
    total = int32(total + int32(int32(firstTwo(bytes)) + int32(firstTwo(None)) * 3 + checkedLength(values, trunc_mod(k, 5)) * 7))
    total = int32(total + int32(lengthOr(None, True) * 11 + lengthOr(values, False) * 13))
    try:
        checkName(None)
    except ValueError:
        total = int32(total + 1000)
    return total
