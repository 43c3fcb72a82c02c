from collections import defaultdict


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


def sorted_sets():
    s = set()
    values = [5, -3, 10, -20, 5, 0, -2147483647]
    for v in values:
        s.add(v)
    s.discard(10)
    for x in sorted(s):
        print(x, " ", sep="", end="")
    print()
    v = sorted(s)
    print(v[0], " ", v[len(v) - 1], " ", min(s), " ", max(s), sep="")
    for it in sorted(s):
        print(it, ",", sep="", end="")
    print()
    words = set()
    words.add("pear")
    words.add("Zed")
    words.add("")
    words.add("apple")
    words.add("ab")
    for w in sorted(words):
        print("[", w, "]", sep="", end="")
    print()


def sorted_maps():
    counts = defaultdict(int)
    values = [9, -4, 9, 100, 7, -4, 9, -33]
    for v in values:
        counts[v] = int32(counts[v] + 1)
    counts.pop(100, None)
    for p in sorted(counts.items()):
        print(p[0], "=", p[1], " ", sep="", end="")
    print()
    for it in sorted(counts.items()):
        print(it[0], ":", it[1], " ", sep="", end="")
    print()
    items = sorted(counts.items())
    print(items[0][0], " ", items[len(items) - 1][1], sep="")
    lengths = defaultdict(int)
    lengths["pear"] = 4
    lengths["Zed"] = 3
    lengths["apple"] = 5
    lengths[""] = 0
    for p in sorted(lengths.items()):
        print("[", p[0], "]", p[1], sep="", end="")
    print()


def sorted_pairs():
    s = set()
    values = [7, -2, 4, 7, -9, 12, 0]
    for v in values:
        s.add((trunc_mod(v, 3), v))
    for p in sorted(s):
        print(p[0], "/", p[1], " ", sep="", end="")
    print()
    m = defaultdict(int)
    m[(1, 2)] = 3
    m[(-1, 5)] = 4
    m[(1, -2)] = 5
    for e in sorted(m.items()):
        print(e[0][0], ",", e[0][1], "=", e[1], " ", sep="", end="")
    print()
