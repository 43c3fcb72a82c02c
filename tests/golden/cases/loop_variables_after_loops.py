def last_seen(s, words):
    i = -1
    for i, ch in enumerate(s):
        if ch == ' ':
            break
    j = 0
    for j, w in enumerate(words, 1):
        if w > 5:
            break
    total = 0
    for k, w in enumerate(words):
        total += w * k
    return i * 1000 + j * 100 + k * 10 + total
