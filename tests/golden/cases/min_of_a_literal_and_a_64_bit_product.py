def clamp(a, b):
    return min(1, a * b) + max(a * b, -5)
