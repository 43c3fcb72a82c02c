def checked(x: int) -> int:
    if x < 0:
        raise ValueError('negative')
    return x % 1000 * 2


def safe(x: int) -> int:
    try:
        y = checked(x)
    except ValueError:
        y = -1
    return y


def halve(x: int) -> int:
    assert x % 2 == 0, 'odd'
    return safe(x) + x // 2
