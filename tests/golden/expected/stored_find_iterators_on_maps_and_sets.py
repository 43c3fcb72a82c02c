from collections import defaultdict


def lookup(arr, n, x):
    freq = defaultdict(int)
    for i in range(n):
        freq[arr[i]] += 1
    it_key = x
    result = 0
    if it_key in freq:
        result = it_key * 100 + freq[it_key]
    else:
        result = -1
    next_key = x + 1
    if next_key not in freq:
        result += 7
    freq[x + 1] = 5
    seen = set()
    seen.add(x)
    three_key = 3
    return result * 10 + (1 if three_key in seen else 0)
