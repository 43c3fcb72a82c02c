def f(s):
    len = 0
    for c in s:
        len += 1
    return len
