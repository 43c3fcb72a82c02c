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


def int64(x):
    """x reduced to a signed 64-bit integer (two's complement), as Java's long arithmetic wraps
    around, and C++'s long and long long arithmetic as g++ on x86-64 computes it (ISO C++ leaves
    its overflow undefined)."""
    return (x + 0x8000000000000000 & 0xFFFFFFFFFFFFFFFF) - 0x8000000000000000


def iteratorLoops(n, m):
    xs = []
    for i in range(8):
        xs.append(trunc_mod(int32(i * n + m), 13))
    evens = 0
    weighted = 0
    for x in xs:
        if x < 0:
            continue
        if x == 12:
            break
        if x % 2 == 0:
            evens += 1
        weighted = int64(weighted * 3 + x)
    counts = {}
    counts["a" + str(n)] = m
    counts["b"] = n
    counts["c" + str(m)] = int32(n + m)
    for entry in sorted(counts.items()):
        weighted = int64(weighted * 7 + int32(len(entry[0]) * entry[1]))
    joined = ""
    for k in sorted(counts):
        joined += k
    return int32(trunc_mod(weighted, 1000003) + evens * 1000 + len(joined))
