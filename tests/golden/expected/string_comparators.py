def wordOrder(text):
    words = [""] * 4
    for i in range(4):
        words[i] = text[i:i + 2 + i % 2]
    words.sort(key=lambda x: len(x))
    code = len(words[0]) * 1000 + ord(words[3][0])
    words[1:4] = sorted(words[1:4], reverse=True)
    return code * 1000 + ord(words[1][0]) * 3 + ord(words[3][1])
