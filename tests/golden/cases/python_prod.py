def prod(a, b):
    return a * b
