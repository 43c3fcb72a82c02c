def halves(arr, n, k):
    head = arr[:k]
    tail = arr[k:]
    mid = arr[1:-1]
    total = 0
    for v in head:
        total = total * 10 + v
    return total * 10000 + len(tail) * 100 + len(mid) * 10 + len(arr[n + 5:])
