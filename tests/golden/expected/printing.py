def int32(x):
    """x reduced to a signed 32-bit integer, as Java's int arithmetic wraps around."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000


def noisy(n):
    if n < 0:
        print("negative ", n, sep="")
    print(int32(n * 2), "|", 'x', "|", sep="", end="")
    return int32(n + 1)
