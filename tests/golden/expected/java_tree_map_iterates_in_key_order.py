def key_order(arr, n):
    counts = {}
    for i in range(n - 1, -1, -1):
        counts[arr[i]] = counts.get(arr[i], 0) + 1
    t = 0
    for k in sorted(counts):
        t = t * 10 + k
    for v in [value for _, value in sorted(counts.items())]:
        t = t * 10 + v
    for e in sorted(counts.items()):
        t = t * 10 + e[0]
    return t
