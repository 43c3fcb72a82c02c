
from collections import Counter


def dict_order():
    counts = {}
    for x in [9, -4, 9, 100, 7, -4, 9, -33, 16]:
        counts[x] = counts.get(x, 0) + 1
    counts.pop(9)
    counts[9] = 5
    counts[7] = 0
    for k in counts:
        print(k, counts[k])
    words = {}
    for w in ["pear", "Zed", "apple", "", "Aa", "BB"]:
        words[w] = len(w)
    for w, n in words.items():
        print(w, n)
    total = 0
    for v in counts.values():
        total = total * 3 + v
    print(total)


def counted():
    # Counter keeps first occurrences in order; a dict of longs reads 0L defaults in Java
    seen = Counter([5, 3, 5, 12, -7, 3, 3, 8, 40, -7, 22])
    for k, v in seen.items():
        if v % 2 == 1:
            print(k)
            break
    squares = {}
    for x in [70000, -3, 70000, 12]:
        squares[x] = x * x
    out = 0
    for k in squares:
        out = out * 3 + squares[k]
    print(out)
