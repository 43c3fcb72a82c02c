def smallest_swap(num):
    num = list(num)
    n = len(num)
    best = 0
    for i in range(1, n):
        if num[i] < num[best]:
            best = i
    num[0], num[best] = num[best], num[0]
    return ''.join(num)
