def distinct(a, n):
    seen = set()
    last = {}
    total = 0
    for i in range(n):
        seen.add(a[i])
        last[a[i]] = i
    for k in last.keys():
        total += k
    return len(seen) + total
