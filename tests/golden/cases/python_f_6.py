def f(s):
    if not s:
        return len
    return len(s)
