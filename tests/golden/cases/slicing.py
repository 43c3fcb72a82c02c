def trim(s):
    if len(s) < 3:
        return s[::-1]
    return s[1:-1] + s[:2] + s[-2:]
