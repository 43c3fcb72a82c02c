def distinct_sum(arr, n):
    seen = set()
    for i in range(n):
        if arr[i] not in seen:
            seen.add(arr[i])
    total = 0
    for v in seen:
        total = total + v
    return total
