import heapq


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


def sortedSignature(values, n):
    byAbs = [0] * n
    for i in range(n):
        byAbs[i] = values[i]
    # ties (3 and -3) must keep their order, as Java's stable sort keeps it
    byAbs.sort(key=lambda x: int32(abs(x)))
    rows = [[0] * 2 for _ in range(n)]
    for i in range(n):
        rows[i][0] = trunc_mod(values[i], 3)
        rows[i][1] = i
    rows.sort(key=lambda x: x[0])
    list = []
    for i in range(n):
        list.append(values[i])
    list.sort(reverse=True)
    largest = []
    alsoLargest = []
    for i in range(n):
        heapq.heappush(largest, -int32(values[i] * 2))
        heapq.heappush(alsoLargest, -values[i])
    signature = 0
    for i in range(n):
        signature = trunc_mod(signature * 31 + byAbs[i] + 100, 1000003)
    for i in range(n):
        signature = trunc_mod(signature * 31 + rows[i][1], 1000003)
    for i in range(n):
        signature = trunc_mod(signature * 31 + list[i] + 100, 1000003)
    return int32(signature + -largest[0] * 7 + -alsoLargest[0])
