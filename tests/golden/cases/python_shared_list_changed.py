def aliased(values: list[int]) -> list[int]:
    rows = [values, values]
    rows[0].append(9)
    return rows[1]
