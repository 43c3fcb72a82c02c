def mirrored(a, b):
    s = a + b
    r = s[::-1]
    return r + "|" + str(len(a[::-1]))
