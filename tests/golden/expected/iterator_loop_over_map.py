from collections import defaultdict


def repeated_sum(arr, n):
    count = defaultdict(int)
    for i in range(n):
        count[arr[i]] += 1
    total = 0
    for it in sorted(count.items()):
        if it[1] > 1:
            total += it[0] * it[1]
    return total
