def f(a):
    try:
        if a[0] > 0:
            return a[1]
    except:
        pass
    return 0
