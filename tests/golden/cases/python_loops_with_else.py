def smallest_divisor(n: int) -> int:
    n = n % 1000
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        return n
    return d


def find_power(n: int) -> int:
    p = 1
    while p < n % 100000:
        p *= 2
        if p == 64:
            break
    else:
        return -p
    return p


def both(n: int) -> int:
    return smallest_divisor(n) * 1000 + find_power(n)
