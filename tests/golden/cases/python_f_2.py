def f(arr, n):
    arr[0] = n / 2
    return arr[0]
