def int32(x):
    """x reduced to a signed 32-bit integer (two's complement), as Java's int arithmetic wraps
    around, and C++'s int arithmetic as g++ on x86-64 computes it (ISO C++ leaves its overflow
    undefined)."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000


def compare(a, b):
    """Java's String.compareTo: the difference at the first mismatch, else of the lengths."""
    for x, y in zip(a, b):
        if x != y:
            return ord(x) - ord(y)
    return len(a) - len(b)


def char_lower(c):
    """Java's Character.toLowerCase of a char (C's tolower on ASCII): the one-char mapping; only
    '\u0130' lowers to more chars in Python ('i' and a combining dot): Java gives the 'i'."""
    return c.lower()[0]


def summary(s):
    sb = ""
    freq = {}
    for i in range(len(s)):
        c = s[i]
        freq[c] = int32(freq.get(c, 0) + 1)
        if c.isupper():
            sb += char_lower(c)
        else:
            sb += c
    lower = sb
    best = 0
    for i in range(len(lower)):
        best = max(best, freq[s[i]])
    return int32(best * 1000 + compare(lower, "m") + (1 if lower == s else 0))
