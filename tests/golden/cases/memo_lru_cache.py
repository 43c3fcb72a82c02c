from functools import lru_cache, cache


@lru_cache(maxsize=None)
def grid_paths(r: int, c: int) -> int:
    # exponential without its cache: the translation must keep one
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)


def weight(code: int) -> int:
    return code % 7


@cache
def best_split(s: str) -> int:
    if len(s) <= 1:
        return len(s)
    best = 0
    for i in range(1, len(s)):
        best = max(best, weight(ord(s[i])) + best_split(s[:i]) - best_split(s[i:]) // 2)
    return best


def memo_demo(n: int, word: str) -> int:
    return grid_paths(n, n) % 1000003 + best_split(word) + grid_paths(n // 2, n)
