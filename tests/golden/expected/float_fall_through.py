def doubled_or_negated(x):
    if x > 0:
        return x * 2
    if x < 0:
        return -x


def positive_part(x):
    if x > 0:
        return x


def float_fall_through(n):
    x = n / 4.0
    whole = int(doubled_or_negated(x) * 4)
    if n > 0:
        whole += int(positive_part(x) * 4) * 1000
    return whole
