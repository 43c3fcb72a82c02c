def library_mix(arr, n, digits):
    v = list(arr)
    v.sort()
    s = set(v)
    total = min(s) * 1000 + max(s)
    for i in range(n):
        total += (arr[i] & 0xFFFFFFFF).bit_count() * (i + 1)
    total += ((arr[0] * -3) & 0xFFFFFFFFFFFFFFFF).bit_count()
    mask = 5
    total += (mask + int(digits)) & 0xFFFFFFFF
    filled = [0] * 6
    filled[:6] = [2] * 6
    filled[1:4] = [7] * (4 - 1)
    for i in range(6):
        total = total * 3 + filled[i]
    return total + v[0]
