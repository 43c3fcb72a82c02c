def f(arr, n):
    seen = {}
    for x in arr:
        seen[x] = 1
    return len(seen) + n
