def trunc_div(a, b):
    """Integer division rounding toward zero, as in C++ and Java."""
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q


def trunc_mod(a, b):
    """Remainder with the sign of the dividend, as in C++ and Java."""
    return a - b * trunc_div(a, b)


def int32(x):
    """x reduced to a signed 32-bit integer (two's complement), as Java's int arithmetic wraps
    around, and C++'s int arithmetic as g++ on x86-64 computes it (ISO C++ leaves its overflow
    undefined)."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000


def tally(arr, n, m):
    evens = set()
    for i in range(n):
        if arr[i] % 2 == 0:
            evens.add(arr[i])
    count = 0
    sum = 0
    for it in evens:
        count += 1
        sum = int32(sum + it)
    hits = [0] * (m + 1)
    seen = [False] * m
    hits[:] = [0] * len(hits)
    for i in range(n):
        seen[trunc_mod(arr[i], m)] = True
        hits[trunc_mod(arr[i], int32(m + 1))] = int32(hits[trunc_mod(arr[i], int32(m + 1))] + 1)
    result = int32(count * 1000 + sum)
    for i in range(m):
        if seen[i]:
            result = int32(result + int32(i * hits[i]))
    return result
