def int32(x):
    """x reduced to a signed 32-bit integer (two's complement), as Java's int arithmetic wraps
    around, and C++'s int arithmetic as g++ on x86-64 computes it (ISO C++ leaves its overflow
    undefined)."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000


LIMIT = 100
STEP = 7


def clamp_step(x):
    return LIMIT if int32(x + STEP) > LIMIT else int32(x + STEP)


def walk(start):
    x = start
    steps = 0
    while x < LIMIT:
        x = clamp_step(x)
        steps = int32(steps + 1)
    return int32(steps * 1000 + x)
