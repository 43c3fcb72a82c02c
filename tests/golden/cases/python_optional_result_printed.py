def first_even(xs):
    best = None
    for x in xs:
        if x % 2 == 0 and (best is None or x < best):
            best = x
    return best
