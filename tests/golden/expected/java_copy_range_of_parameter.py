def int32(x):
    """x reduced to a signed 32-bit integer (two's complement), as Java's int arithmetic wraps
    around, and C++'s int arithmetic as g++ on x86-64 computes it (ISO C++ leaves its overflow
    undefined)."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000


def copy_range(a, begin, end, zero):
    """A new list of a[begin:end], `zero` past a's end (Java Arrays.copyOfRange)."""
    part = a[begin:end]
    return part + [zero] * (end - begin - len(part))


def sumOfTail(values, end):
    """Arrays.copyOfRange pads with zeros past the array's end: the C++ translation needs the
    parameter's length, so it must take a vector, not a C array.
    """
    tail = copy_range(values, 1, end, 0)
    total = 0
    for v in tail:
        total = int32(total + int32(v * 7 + 1))
    return total
