def tail_length(word, index):
    if index >= len(word):
        return 0
    return 1 + tail_length(word, index + 1)
