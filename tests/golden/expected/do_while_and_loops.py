def digits_and_skips(n, arr, m):
    count = 0
    while True:
        count += 1
        n = int(n / 10)
        if n == 0:
            break
    total = 0
    i = 0
    while i < m:
        if arr[i] < 0:
            i += 1
            i += 1
            continue
        total += arr[i]
        i += 1
    k = 10
    while True:
        keep_going = k != 0
        k -= 1
        if not keep_going:
            break
        total += k
    return count * 1000 + total
