def catalan(n):
    c = [0] * (n + 1)
    c[0] = 1
    for i in range(1, n + 1):
        for j in range(i):
            c[i] += c[j] * c[i - j - 1]
    return c[n]


def fibonacci(n):
    fib = [0] * (n + 2)
    fib[1] = 1
    for i in range(2, n + 1):
        fib[i] = fib[i - 1] + fib[i - 2]
    return fib[n]


def catalan_and_fibonacci(n: int) -> int:
    return catalan(n) * 1000 + fibonacci(3 * n + 30) % 1000
