def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def catalan(n):
    c = [0] * (n + 1)
    c[0] = 1
    for i in range(1, n + 1):
        for j in range(i):
            c[i] += c[j] * c[i - j - 1]
    return c[n]


def fibonacci_table(n):
    fib = [0] * (n + 1)
    fib[1] = 1
    for i in range(2, n + 1):
        fib[i] = fib[i - 1] + fib[i - 2]
    return fib


def product_mod(n, m):
    p = 1
    for i in range(1, n + 1):
        p = p * i % m
    return p


def halves(x, d):
    print(x // d, x % d, -x // d, -x % d)


def run_all():
    print(factorial(30))
    print(factorial(0), factorial(5))
    for n in (0, 1, 10, 40):
        print(catalan(n))
    table = fibonacci_table(150)
    print(table[150], table[90])
    print(2 ** 100)
    print(1 << 75)
    print(product_mod(1000, 1000000007))
    f = factorial(25)
    print(f > 10 ** 20, f == factorial(25), f - factorial(24) * 25)
    halves(factorial(22) + 3, 7)
    halves(factorial(22) + 3, -7)


if __name__ == "__main__":
    run_all()
