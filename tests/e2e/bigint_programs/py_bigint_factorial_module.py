import math


def choose(n, k):
    return math.factorial(n) // (math.factorial(k) * math.factorial(n - k))


def digits_of_factorial(n):
    return len(str(math.factorial(n)))


if __name__ == "__main__":
    print(choose(40, 20), choose(5, 2), math.factorial(25))
    print(digits_of_factorial(50))
