def doubled_hits(arr, n):
    d = {}
    for i in range(n):
        d[i] = arr[i] * 2
    c = 0
    for i in range(n):
        if arr[i] in d.values():
            c += 1
        if arr[i] + 1 not in d.values():
            c += 10
    return c
