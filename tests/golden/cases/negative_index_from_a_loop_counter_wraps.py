def wrap_sum(arr, n):
    total = 0
    prev = [0] * n
    for i in range(n):
        prev[i - 1] = arr[i]
        total = total * 10 + arr[i - 1]
    return total + prev[n - 1]
