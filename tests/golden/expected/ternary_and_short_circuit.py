def safe(a, b):
    return b != 0 and int(a / b) > 2 or a == -1
