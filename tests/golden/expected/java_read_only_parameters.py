def int32(x):
    """x reduced to a signed 32-bit integer (two's complement), as Java's int arithmetic wraps
    around, and C++'s int arithmetic as g++ on x86-64 computes it (ISO C++ leaves its overflow
    undefined)."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000


def equals_ignore_case(a, b):
    """Java's String.equalsIgnoreCase: the same length, each char equal up to its (simple) case."""
    def upper(c):
        u = c.upper()
        return u if len(u) == 1 else c

    def lower(c):
        u = c.lower()
        return u if len(u) == 1 else c

    return len(a) == len(b) and all(
        x == y or upper(x) == upper(y) or lower(upper(x)) == lower(upper(y)) for x, y in zip(a, b, strict=True)
    )


def charMatch(text, start, end, c):
    return start >= 0 and end == int32(start + 1) and text[start] == c


def anyEqual(these, those):
    for a in these:
        for b in those:
            if equals_ignore_case(a, b):
                return True
    return not these and len(those) > 2 and "x" in those


def both(s, t):
    names = []
    names.append(t)
    names.append("b")
    others = []
    others.append(s)
    return charMatch(s, 0, 1, 'a') and anyEqual(names, others) or anyEqual([], names)
