def build(n):
    s = ""
    for i in range(n):
        s += chr(ord('a') + i % 26)
        if i % 3 == 0:
            s += "-"
    s += '!'
    return s + str(n)
