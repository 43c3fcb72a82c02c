def shuffle(n):
    s = []
    for i in range(n):
        s.insert(0, i)
    s.pop(0)
    k = 1
    x = s.pop(k)
    flag = bool
    flag = len(s) > 2
    return x * 100 + len(s) * 10 + int(flag)
