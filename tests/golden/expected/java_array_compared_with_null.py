def int32(x):
    """x reduced to a signed 32-bit integer (two's complement), as Java's int arithmetic wraps
    around, and C++'s int arithmetic as g++ on x86-64 computes it (ISO C++ leaves its overflow
    undefined)."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000


def first_if_set(arr, n):
    chosen = None
    if n > 1:
        chosen = arr
    if arr is None or chosen is None or n <= 0:
        return -1
    return int32(chosen[0] + (1 if chosen is not None else 0))
