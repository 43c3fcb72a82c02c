def spread(values, n):
    seen = set()
    total = 0
    for i in range(n):
        seen.add(values[i])
        total = total * 3 + min(seen) - max(seen)
    return total
