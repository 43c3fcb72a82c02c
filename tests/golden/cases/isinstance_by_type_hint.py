def describe_value(x: int, name: str, xs: list[int], ratio: float) -> int:
    # each isinstance is decided by the hint of the name it tests
    flag: bool = x > 0
    n = 0
    if isinstance(x, int):
        n += x
    if isinstance(flag, int) and flag:
        n += 10
    if isinstance(name, (int, float)):
        n += 100
    if isinstance(name, str):
        n += len(name) * 1000
    if isinstance(xs, (list, tuple)):
        n += len(xs) * 10000
    if isinstance(ratio, str):
        n = -n
    return n
