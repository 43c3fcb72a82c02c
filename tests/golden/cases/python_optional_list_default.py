def count_items(xs: list[int], seen=None) -> int:
    if seen is None:
        seen = []
    for x in xs:
        if x not in seen:
            seen.append(x)
    return len(seen)


def distinct(xs: list[int]) -> int:
    shared = []
    shared.append(0)
    first = count_items(xs, shared)
    return count_items(xs) * 100 + first * 10 + len(shared)
