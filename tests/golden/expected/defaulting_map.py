def longestWindow(values, n, limit):
    counts = {}
    best = 0
    left = 0
    for right in range(n):
        counts[values[right]] = counts.get(values[right], 0) + 1
        while counts.get(values[right], 0) > limit:
            counts[values[left]] = counts.get(values[left], 0) - 1
            left += 1
        best = max(best, right - left + 1)
    counts.clear()
    return best * 100 + len(counts) + counts.get(42, 0)
