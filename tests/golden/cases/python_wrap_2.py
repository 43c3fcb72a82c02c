def wrap(arr, i):
    return arr[i] + len(arr)
