def smallest_first(num):
    n = len(num)
    small = 0
    for i in range(1, n):
        if num[i] < num[small]:
            small = i
    position = [0, small]
    temp = num[position[0]]
    num = num[:position[0]] + num[position[1]] + num[position[0] + 1:]
    num = num[:position[1]] + temp + num[position[1] + 1:]
    temp1 = num[n - 1]
    num = num[:n - 1] + num[n // 2] + num[n:]
    num = num[:n // 2] + temp1 + num[n // 2 + 1:]
    return num
