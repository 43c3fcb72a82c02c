def edited(s, i):
    s = s[0:i] + s[i + 1:]
    s = s[min(2, len(s)):]
    if len(s) > 3:
        s = s[0:1] + s[min(101, len(s)):]
    s += '!'
    s = s[:-1]
    s = s[:-1]
    t = s
    t = t[0:len(t) // 2]
    return s + "|" + t
