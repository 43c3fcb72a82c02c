def first_negative(arr, n):
    for i in range(n):
        if arr[i] < 0:
            break
    return i
