def rounded(x: float) -> int:
    return round(x) * 10 + round(x / 4)
