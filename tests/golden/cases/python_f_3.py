def f(a, b):
    try:
        v = a // b
    except ZeroDivisionError:
        v = 0
    return v
