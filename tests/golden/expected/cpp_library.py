def int32(x):
    """x reduced to a signed 32-bit integer (two's complement), as Java's int arithmetic wraps
    around, and C++'s int arithmetic as g++ on x86-64 computes it (ISO C++ leaves its overflow
    undefined)."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000


def int64(x):
    """x reduced to a signed 64-bit integer (two's complement), as Java's long arithmetic wraps
    around, and C++'s long and long long arithmetic as g++ on x86-64 computes it (ISO C++ leaves
    its overflow undefined)."""
    return (x + 0x8000000000000000 & 0xFFFFFFFFFFFFFFFF) - 0x8000000000000000


def library_mix(arr, n, digits):
    v = list(arr)
    v.sort()
    s = set(v)
    total = int32(min(s) * 1000 + max(s))
    for i in range(n):
        total += int32((arr[i] & 0xFFFFFFFF).bit_count() * (i + 1))
    total += ((arr[0] * -3) & 0xFFFFFFFFFFFFFFFF).bit_count()
    mask = 5
    total += (mask + int(digits)) & 0xFFFFFFFF
    filled = [0] * 6
    filled[:6] = [2] * 6
    filled[1:4] = [7] * (4 - 1)
    for i in range(6):
        total = int64(total * 3 + filled[i])
    return int64(total + v[0])
