from typing import Optional


def find(xs: list[int], target: int) -> int | None:
    for i in range(len(xs)):
        if xs[i] == target:
            return i
    return None


def first_even(xs):
    best = None
    for x in xs:
        if x % 2 == 0 and (best is None or x < best):
            best = x
    return best


def safe_div(a: int, b: int) -> Optional[int]:
    if b == 0:
        return None
    return a // b


def sum_below(values: list[int], limit: int) -> int:
    total = 0
    for v in values:
        found = v if v < limit else None
        if found is None:
            continue
        total += found
    return total


def truthy(a: int, b: int) -> int:
    x = safe_div(a, b)
    if x:
        return 1
    if x == None:
        return 2
    return 3


def summary(xs: list[int], target: int) -> int:
    position = find(xs, target)
    if position is None:
        position = -1
    even = first_even(xs)
    result = position * 1000 + sum_below(xs, target) + truthy(target, len(xs) - 3) * 7
    if even is not None:
        result += even * 100000
    return result
