def divides(a, b):
    return b % a == 0
