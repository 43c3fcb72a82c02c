from typing import List

def average(values: List[int], count: int) -> float:
    total = 0
    for v in values:
        total += v
    return total / count
