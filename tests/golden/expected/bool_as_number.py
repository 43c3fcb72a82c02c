def bool_as_number(a, b):
    s = 0
    s += a < b
    s -= a == b
    q = 10
    q *= a != b
    s += -(a > b) + ~(a <= b) + ((a >= b) << 3)
    return s * 100 + q
