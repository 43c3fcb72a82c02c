def trunc_div(a, b):
    """Integer division rounding toward zero, as in C++ and Java."""
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q


def trunc_mod(a, b):
    """Remainder with the sign of the dividend, as in C++ and Java."""
    return a - b * trunc_div(a, b)


def int32(x):
    """x reduced to a signed 32-bit integer (two's complement), as Java's int arithmetic wraps
    around, and C++'s int arithmetic as g++ on x86-64 computes it (ISO C++ leaves its overflow
    undefined)."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000


def mirrored(word):
    b = word
    b += '|'
    return b[::-1]


def libraryMix(values, n, word):
    bits = 0
    for i in range(n):
        bits = int32(bits + ((values[i] & 0xFFFFFFFF).bit_count() + ((values[i] * 7) & 0xFFFFFFFFFFFFFFFF).bit_count()))
    groups = []
    for i in range(3):
        groups.append([])
    byValue = {}
    for i in range(n):
        groups[trunc_mod(int32(abs(values[i])), 3)].append(values[i])
        if values[i] not in byValue:
            byValue[values[i]] = []
        byValue[values[i]].append(i)
    all = []
    for i in range(n):
        all.append(values[i])
    sb = word
    sb = sb[::-1]
    sb = 'x' + sb
    sb = sb[0:2] + str(bits) + sb[2:]
    sb = sb[0:1] + sb[2:]
    sb = sb[:-1]
    sb += str(all.count(values[0]))
    if len(sb) > 8:
        sb = sb[0:8]
    tail = ""
    tail += str(len(groups[0]))
    tail += str(len(byValue[values[0]]))
    tail += '#'
    tail = tail[::-1]
    return sb + "/" + tail + "/" + mirrored(word)
