def starts_and_ends(text, k):
    count = 0
    for i in range(len(text) + 1):
        piece = text[i:]
        try:
            if piece[0] == 'a' or piece[k] == 'z':
                count += 1
        except IndexError:
            count += 100
    return count
