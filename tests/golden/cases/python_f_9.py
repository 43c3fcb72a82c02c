def f(a, n):
    s = 0
    for i in range(n):
        s += a[i]
    return s
