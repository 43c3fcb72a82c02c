def weigh(a, b=3, c=10):
    return a * 100 + b * 10 + c

def weights(n):
    return weigh(n) + weigh(n, c=2) * 7 + weigh(b=1, a=n) * 11 + weigh(n, 4, 5) * 13
