def min_max(values: list[int]) -> tuple[int, int]:
    if not values:
        return 0, 0
    return min(values), max(values)


def spread(values: list[int]) -> int:
    low, high = min_max(values)
    p = min_max(values)
    return (high - low) * 10 + p[0]
