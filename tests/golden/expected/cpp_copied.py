from collections import defaultdict


def copied():
    a = [1, 2, 3]
    b = list(a)
    b[0] = 7
    s = set()
    s.add(4)
    u = set(s)
    u.add(9)
    c = []
    c = list(a)
    c.append(8)
    print(a[0], " ", b[0], " ", len(s), " ", len(u), " ", len(a), " ", len(c), sep="")
    m = defaultdict(int)
    m[1] = 2
    n = defaultdict(int, m)
    n[3] = 4
    h = defaultdict(int)
    h[5] = 6
    g = defaultdict(int, h)
    g[7] = 8
    print(len(m), " ", len(n), " ", n[1], " ", len(h), " ", len(g), " ", g[5], sep="")
