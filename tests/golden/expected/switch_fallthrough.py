def kind(d):
    r = 0
    if d in (0, 6):
        r = 10
    elif d == 3:
        return 2
    else:
        r = d * 2
    return r + 1
