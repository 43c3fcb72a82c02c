def runs_of(s, c):
    n = 0
    for i in range(len(s)):
        if s[i] == c:
            n += 1
    return n
