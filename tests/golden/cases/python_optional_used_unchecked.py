def last_positive_plus_one(xs):
    best = None
    for x in xs:
        if x > 0:
            best = x
    return best + 1
