from collections import defaultdict


def twice(n):
    m = defaultdict(int)
    for i in range(-n, n):
        m[i] = i
    for p in sorted(m.items()):
        m[p[0]] = p[1] * 2
    total = 0
    for p in sorted(m.items()):
        total = total * 3 + p[1]
    return total
