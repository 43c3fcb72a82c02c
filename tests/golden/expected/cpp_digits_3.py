def trunc_div(a, b):
    """Integer division rounding toward zero, as in C++ and Java."""
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q


def trunc_mod(a, b):
    """Remainder with the sign of the dividend, as in C++ and Java."""
    return a - b * trunc_div(a, b)


def digits(n):
    s = 0
    while trunc_mod(n, 10) != 7 and n > 0:
        s += n % 10
        n //= 10
    return s
