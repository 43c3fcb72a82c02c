def pairs_divisible_by_4(s):
    n = len(s)
    count = 0
    i = 0
    while i + 1 < n:
        if ((ord(s[i]) - ord('0')) * 10 + (ord(s[i + 1]) - ord('0'))) % 4 == 0:
            count += i + 1
        i += 1
    return count
