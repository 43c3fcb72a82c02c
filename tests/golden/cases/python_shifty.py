def shifty(n):
    v = n + 1
    if n > 3:
        v = 'big'
    return n
