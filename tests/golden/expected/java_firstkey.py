def firstKey():
    m = {}
    m[50] = 1
    m[3] = 1
    for k in sorted(m):
        return k
    return -1
