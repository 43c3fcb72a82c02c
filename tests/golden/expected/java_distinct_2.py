def distinct(a, n):
    seen = set()
    count = 0
    for i in range(n):
        if a[i] not in seen:
            count += 1
        seen.add(a[i])
    return count + len(seen)
