def by_abs(arr, n):
    v = []
    for i in range(n):
        v.append(arr[i])
    v.sort(key=lambda x: abs(x))
    arr.sort(reverse=True)
    total = 0
    for i in range(n):
        total = total * 3 + v[i] + arr[i] * 5
    return total
