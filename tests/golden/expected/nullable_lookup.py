def trunc_div(a, b):
    """Integer division rounding toward zero, as in C++ and Java."""
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q


def trunc_mod(a, b):
    """Remainder with the sign of the dividend, as in C++ and Java."""
    return a - b * trunc_div(a, b)


def pairsWithEqualSums(values, n):
    seen = {}
    pairs = 0
    for i in range(n):
        key = trunc_mod(values[i], 5)
        before = seen.get(key)
        if before is not None and before > 1:
            pairs += before * 10
        if before is None:
            seen[key] = 1
        else:
            pairs += before
            seen[key] = before + 1
    return pairs + len(seen)
