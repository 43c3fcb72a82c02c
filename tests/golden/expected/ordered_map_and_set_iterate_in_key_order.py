from collections import defaultdict


def key_order(arr, n):
    counts = defaultdict(int)
    seen = set()
    for i in range(n - 1, -1, -1):
        counts[arr[i]] += 1
        seen.add(arr[i] * 2)
    t = 0
    for p in sorted(counts.items()):
        t = t * 10 + p[0]
    for x in sorted(seen):
        t = t * 100 + x
    return t
