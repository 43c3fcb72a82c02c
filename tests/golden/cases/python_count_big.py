def count_big(arr, n, k):
    c = 0
    for i in range(n):
        if arr[i] > k:
            c += 1
    return c
