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


def java_parse_int(s, radix, bits, begin=None, end=None):
    """Java's Integer.parseInt / Long.parseLong (bits 32 / 64), of s[begin:end] when given (the
    CharSequence form: IndexOutOfBoundsException, IndexError, unless 0 <= begin <= end <= len(s)):
    an optional sign, then at least one digit of the radix as Character.digit reads it (a Unicode
    decimal digit, a Latin letter, also fullwidth; a character outside the BMP is two Java chars,
    neither a digit); NumberFormatException (ValueError) otherwise, or outside the type."""
    import unicodedata
    if begin is not None:
        if begin < 0 or begin > end or end > len(s):
            raise IndexError(f"begin {begin}, end {end}, length {len(s)}")
        s = s[begin:end]
    if radix < 2 or radix > 36 or not s:
        raise ValueError(f"For input string: {s!r}")
    digits = s[1:] if s[0] in "+-" else s
    if not digits:
        raise ValueError(f"For input string: {s!r}")
    value = 0
    for c in digits:
        o = ord(c)
        if 65 <= o <= 90 or 97 <= o <= 122:
            d = (o | 32) - 87
        elif 0xFF21 <= o <= 0xFF3A or 0xFF41 <= o <= 0xFF5A:
            d = ((o - 0xFF21) & 31) + 10
        elif o <= 0xFFFF:
            d = unicodedata.decimal(c, -1)
        else:
            d = -1
        if d < 0 or d >= radix:
            raise ValueError(f"For input string: {s!r}")
        value = value * radix + d
    if s[0] == "-":
        value = -value
    if not -(1 << (bits - 1)) <= value < 1 << (bits - 1):
        raise ValueError(f"For input string: {s!r}")
    return value


def parsed(s, radix):
    try:
        return java_parse_int(s, radix, 32)
    except ValueError:
        return -1


def parsedLong(s):
    try:
        return java_parse_int(s, 10, 64)
    except ValueError:
        return -2


def unescape(s, i):
    return int8(java_parse_int(s, 16, 32, int32(i + 1), int32(i + 3)))


def parseAll(s, k):
    samples = ["12", "-12", "+7", "-", "+", "", " 1", "1 ", "1_0", "2147483647", "2147483648", "-2147483648", "-2147483649", "zz", "Zz", "7fffffff", "-80000000", "80000000", "0x10", "12abc", s]
    total = 0
    for sample in samples:
        total = int32(total * 31 + parsed(sample, 10) + 3 * parsed(sample, 16) + 7 * parsed(sample, 36))
        total = int32(total * 31 + trunc_mod(parsedLong(sample), 1000003))
    total = int32(total + (trunc_mod(parsedLong("9223372036854775807"), 1000) + trunc_mod(parsedLong("-9223372036854775808"), 1000)))
    total = int32(total + trunc_mod(parsedLong("9223372036854775808"), 1000))
    total = int32(total + int32(parsed("11", trunc_mod(k, 40)) + unescape("%7f%41", 0) + unescape("%7f%41", 3)))
    return total
