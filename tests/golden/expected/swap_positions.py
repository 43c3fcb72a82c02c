def place_all(a, n):
    for i in range(n):
        while a[i] != i:
            index = a[i]
            a[i], a[index] = a[index], a[i]
    code = 0
    for i in range(n):
        code = code * 10 + a[i]
    return code
