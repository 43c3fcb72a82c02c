def int32(x):
    """x reduced to a signed 32-bit integer (two's complement), as Java's int arithmetic wraps
    around, and C++'s int arithmetic as g++ on x86-64 computes it (ISO C++ leaves its overflow
    undefined)."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000


def wordOrder(text):
    words = [""] * 4
    for i in range(4):
        words[i] = text[i:i + 2 + i % 2]
    words.sort(key=lambda x: len(x))
    code = int32(len(words[0]) * 1000 + ord(words[3][0]))
    words[1:4] = sorted(words[1:4], reverse=True)
    return int32(code * 1000 + ord(words[1][0]) * 3 + ord(words[3][1]))
