def pick(arr, n, i):
    try:
        value = arr[i] * 2
    except:
        value = -1
    return value + n
