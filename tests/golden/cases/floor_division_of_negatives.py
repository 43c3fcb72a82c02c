def mixed(a, b):
    q = a // b
    r = a % b
    return q * 1000 + r
