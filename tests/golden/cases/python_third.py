def third(a, b):
    return (a - b) // 3
