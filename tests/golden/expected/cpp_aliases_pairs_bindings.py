from collections import defaultdict


def min_max(arr, n):
    if n == 0:
        return (0, 0)
    lo = arr[0]
    hi = arr[0]
    for i in range(1, n):
        lo = min(lo, arr[i])
        hi = max(hi, arr[i])
    return (lo, hi)


def ordered_counts(s):
    m = defaultdict(int)
    for c in s:
        m[c] += 1
    out = ""
    for entry in sorted(m.items()):
        c = entry[0]
        n = entry[1]
        out += c + str(n)
    return out


def spread(arr, n, s):
    pair2 = min_max(arr, n)
    lo = pair2[0]
    hi = pair2[1]
    return (hi - lo) * 1000 + len(ordered_counts(s))
