from collections import defaultdict


def unpaired(str, k):
    open = []
    for i in range(len(str)):
        pos_key = str[i]
        if pos_key in open:
            again_key = str[i]
            if again_key in open:
                open.remove(again_key)
        else:
            open.append(str[i])
    m = defaultdict(int)
    for i in range(k):
        m[i % 3] += i
    it_key = 1
    if it_key in m:
        m.pop(it_key, None)
    total = 0
    for p in sorted(m.items()):
        total = total * 10 + p[1]
    return len(open) * 1000 + total
