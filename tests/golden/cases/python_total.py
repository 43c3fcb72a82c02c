def total(arr, n):
    return sum(arr) + len(arr)
