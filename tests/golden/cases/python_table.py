def table(n):
    t = [[0] * n] * n
    return t[0][0]
