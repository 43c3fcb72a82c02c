def fillSquares(out, k):
    for i in range(1, k + 1):
        out.append(i * i)
    out.sort(reverse=True)


def squares(k):
    out = []
    fillSquares(out, k)
    return len(out) * 1000 + (0 if not out else out[0])
