def grid(n: int) -> int:
    rows = []
    for i in range(n % 10):
        row = []
        for j in range(3):
            row.append(i * 3 + j)
        rows.append(row)
    total = 0
    for row in rows:
        total += row[0] * 2 + row[-1]
    return total + len(rows)
