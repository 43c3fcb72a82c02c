def shared():
    t = set()
    t.add(1)
    t.add(2)
    u = t
    u.discard(1)
    l = []
    m = l
    m.append(5)
    m.append(6)
    print(str(len(t)) + " " + str(len(l)) + " " + str(1 if 1 in t else 0))
