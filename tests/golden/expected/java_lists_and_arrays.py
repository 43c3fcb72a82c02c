def lists(arr, n):
    evens = []
    for x in arr:
        if x % 2 == 0:
            evens.append(x)
    evens.sort()
    copy = [0] * n
    for i in range(n):
        copy[i] = (arr[i] & 0xFFFFFFFF) >> 1
    copy.sort()
    total = 0
    for i in range(len(evens)):
        total = total * 10 + evens[i]
    return total + copy[n - 1] + -7 % 3 + int(-7 / 2)
