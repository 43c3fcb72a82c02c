def int32(x):
    """x reduced to a signed 32-bit integer, as Java's int arithmetic wraps around."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000


def safe(a, b):
    return b != 0 and int32(int(a / b)) > 2 or a == -1
