def g(n):
    c = 0
    for i in range(1, n + 1):
        c += i // 2
    return c
