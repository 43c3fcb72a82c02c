def int32(x):
    """x reduced to a signed 32-bit integer (two's complement), as Java's int arithmetic wraps
    around, and C++'s int arithmetic as g++ on x86-64 computes it (ISO C++ leaves its overflow
    undefined)."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000


def noisy(n):
    if n < 0:
        print("negative ", n, sep="")
    print(int32(n * 2), "|", 'x', "|", sep="", end="")
    return int32(n + 1)
