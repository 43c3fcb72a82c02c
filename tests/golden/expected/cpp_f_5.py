def f(a, n):
    s = 0
    for i in range(0, n, 2):
        s += int(a[i] / 3)
    return s
