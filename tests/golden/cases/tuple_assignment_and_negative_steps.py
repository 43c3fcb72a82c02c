def fib_back(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    total = 0
    for i in range(n, 0, -2):
        total += i
    return a * 1000 + total
