# What a whole Python program shows that a single function does not (hand-written, issue 14):
# sys.maxsize printed, an index that goes negative, a count after a list that is not its length,
# values past 32 bits, and a function returning 0 or 1 (printed as Python prints ints).
import sys


def closest(values, n, target):
    best = sys.maxsize
    for i in range(n):
        if values[i] == target:
            best = min(best, i)
    return best


def ends(values, n, m):
    values.sort()
    total = 0
    j = n - 1
    for i in range(m):
        total += values[j] - values[i]
        j = j - 1
    return total


def tribonacci(n):
    a, b, c = 0, 0, 1
    for _ in range(n):
        a, b, c = b, c, a + b + c
    return a


def has(values, wanted):
    for v in values:
        if v == wanted:
            return 1
    return 0


if __name__ == "__main__":
    data = [([5, 3, 9, 1], 2, 9), ([4, 4], 2, 7), ([8, 6, 2, 7, 1], 5, 2)]
    for values, n, target in data:
        print(closest(values, n, target))
    numbers = [9, 2, 7, 4, 1]
    print(ends(numbers, 2, 4), numbers[0])
    print(has(numbers, 4), has(numbers, 5))
    for n in (10, 50, 70):
        print(tribonacci(n))
