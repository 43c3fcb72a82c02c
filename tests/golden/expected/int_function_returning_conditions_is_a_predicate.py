def digit_sum_divisible(str, k):
    if len(str) == 0:
        return False
    sum = 0
    for i in range(len(str)):
        sum += ord(str[i]) - ord('0')
    return sum % k == 0 and sum > 0
