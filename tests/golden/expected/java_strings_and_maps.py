def compare(a, b):
    """Java's String.compareTo: the difference at the first mismatch, else of the lengths."""
    for x, y in zip(a, b):
        if x != y:
            return ord(x) - ord(y)
    return len(a) - len(b)


def summary(s):
    sb = ""
    freq = {}
    for i in range(len(s)):
        c = s[i]
        freq[c] = freq.get(c, 0) + 1
        if c.isupper():
            sb += c.lower()
        else:
            sb += c
    lower = sb
    best = 0
    for i in range(len(lower)):
        best = max(best, freq[s[i]])
    return best * 1000 + compare(lower, "m") + (1 if lower == s else 0)
