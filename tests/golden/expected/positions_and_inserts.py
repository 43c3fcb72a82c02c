def int32(x):
    """x reduced to a signed 32-bit integer (two's complement), as Java's int arithmetic wraps
    around, and C++'s int arithmetic as g++ on x86-64 computes it (ISO C++ leaves its overflow
    undefined)."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000


def edit_all(arr, n, s):
    v = list(arr)
    v.pop(1)
    v.insert(2, 99)
    v.pop(0)
    pairs = []
    pairs.append((v[0], 5))
    pairs.append((6, v[-1]))
    arr.sort()
    found = 7 in arr
    s = s[0:1] + "ab" + s[1:]
    s = 'z' * 2 + s
    s = s[0:len(s)] + '.' * 1 + s[len(s):]
    total = int32(pairs[0][0] + pairs[1][1] + found)
    for x in v:
        total = int32(total * 7 + x)
    return s + str(total)
