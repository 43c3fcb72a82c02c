def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def series(n):
    return n * (2 * n - 1) * (2 * n + 1) / 3


def masks(n):
    x = 1
    for _ in range(n):
        x = x * 3
    return (x & (x - 1)) ^ (x >> 7) | 5


if __name__ == "__main__":
    f = factorial(30)
    print(f / 7, float(f), f / -3, factorial(5) / 2, 0.5 * f, f * 1.5 - 2)
    print(series(2000000), series(7))
    print(masks(80), masks(3), -f & 12345678901234567, ~f)
