def binomials(n):
    c = [[0] * (n + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        c[i][0] = 1
        for j in range(1, i + 1):
            c[i][j] = c[i - 1][j - 1] + c[i - 1][j]
    return c[n][n // 2]


def bell(n):
    row = [1]
    for _ in range(n):
        nxt = [row[-1]]
        for v in row:
            nxt.append(nxt[-1] + v)
        row = nxt
    return row[0]


def power_sum(b, e):
    total = 0
    for k in range(e + 1):
        total += b ** k
    return total


if __name__ == "__main__":
    print(binomials(100))
    print(power_sum(3, 60), power_sum(2, 10))
    x = 12345678901
    print(x * x * x, -(x * x) // 1000, (x * x) % 97)
    print(bell(5))
