def is_sorted_abs(arr, n):
    flags = [False] * n
    for i in range(1, n):
        flags[i] = abs(arr[i]) >= abs(arr[i - 1])
    return all(flags[i] for i in range(1, n)) and min(arr[0], 100) <= max(arr)
