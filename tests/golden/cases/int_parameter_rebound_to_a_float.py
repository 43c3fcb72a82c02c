def factor_sum(num):
    total = 0
    i = 2
    while i * i <= num:
        while num % i == 0:
            total += i
            num /= i
        i += 1
    total += num
    return total
