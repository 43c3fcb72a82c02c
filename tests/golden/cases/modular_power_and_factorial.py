import math

def mod_stuff(n, m):
    return pow(n, 13, m) * 1000 + math.factorial(n) % m + pow(-n, 5, 7)
