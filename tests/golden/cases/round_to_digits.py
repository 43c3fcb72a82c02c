def ratio(a, b):
    return round(a / b, 3) + round(a, 2)
