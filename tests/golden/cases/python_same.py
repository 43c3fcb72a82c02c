def same(x, y):
    return x == y
