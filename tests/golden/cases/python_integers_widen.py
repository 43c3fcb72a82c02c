def pair_sum(a: int, b: int) -> int:
    return a + b


def magnitude(a: int) -> int:
    return abs(a) % 1000003


def total(values: list[int]) -> int:
    return sum(values)


def running(values: list[int]) -> int:
    best = 0
    acc = 0
    for v in values:
        acc += v
        best = max(best, acc)
    return best


def entry(values: list[int], a: int, b: int) -> int:
    return pair_sum(a, b) % 1000000007 + magnitude(a) + total(values) % 998244353 + running(values) % 1009
