def f(a, i):
    try:
        v = int(a[i])
    except:
        v = 0
    return v
