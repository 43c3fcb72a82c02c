def int32(x):
    """x reduced to a signed 32-bit integer (two's complement), as Java's int arithmetic wraps
    around, and C++'s int arithmetic as g++ on x86-64 computes it (ISO C++ leaves its overflow
    undefined)."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000


def firstPair(a, t):
    found = -1
    break_outer = False
    continue_outer = False
    for i in range(len(a)):
        continue_outer = False
        for j in range(i + 1, len(a)):
            if a[j] < 0:
                continue_outer = True
                break
            if int32(a[i] + a[j]) == t:
                found = int32(i * 100 + j)
                break_outer = True
                break
        if break_outer:
            break
        if continue_outer:
            continue
    return found


def countRows(n, limit):
    count = 0
    break_rows = False
    continue_rows = False
    while count < 100:
        continue_rows = False
        for k in range(n):
            count = int32(count + k)
            if count > limit:
                break_rows = True
                break
            if k % 3 == 2:
                continue_rows = True
                break
        if break_rows:
            break
        if continue_rows:
            continue
        count = int32(count + 1)
    return count


def kind(s):
    if s == "a":
        return "one"
    elif s in ("aaaa", " "):
        return "two"
    else:
        return "other"


def labelled(n, limit):
    return int32(countRows(n, limit) * 1000 + firstPair([3, -1, 4, 5, 2], n) + len(kind("a" if n % 2 == 0 else " ")))
