from collections import defaultdict


def trunc_div(a, b):
    """Integer division rounding toward zero, as in C++ and Java."""
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q


def trunc_mod(a, b):
    """Remainder with the sign of the dividend, as in C++ and Java."""
    return a - b * trunc_div(a, b)


def tally(values, n):
    counts = defaultdict(int)
    sums = defaultdict(int)
    for i in range(n):
        counts[values[i]] += 1
        sums[trunc_mod(values[i], 3)] += values[i]
        if values[i] * 10 not in counts:
            counts[values[i] * 10] = i
    total = len(counts) * 1000 + counts[values[0]] * 100 + counts[values[0] * 10]
    for e in sorted(sums.items()):
        total = total * 7 + e[0] + e[1]
    return trunc_mod(total, 1000003)
