def checked_half(x):
    if x % 2 != 0:
        raise ValueError("odd")
    assert x >= -100, "small"
    return int(x / 2)


def first_positive(a, n):
    for i in range(n):
        if a[i] > 0:
            return a[i]
    raise IndexError("none positive")


def half_plus_first(a, n, x):
    try:
        return checked_half(x) + first_positive(a, n)
    except ValueError:
        return -1
    except BaseException:
        return -2
