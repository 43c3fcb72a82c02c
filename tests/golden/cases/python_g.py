def g(n):
    if n < 10:
        return n
    return g(n / 10)
