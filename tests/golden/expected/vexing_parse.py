def squares_sum(n, s):
    v = [0] * n
    copy = s
    for i in range(n):
        v[i] = i * i
    w = list(v)
    w.append(len(copy))
    total = 0
    for x in w:
        total += x
    return total + len(v)
