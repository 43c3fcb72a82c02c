# Python classes (issue 14): a subclass built by its base's __init__, an override of __str__, a list of objects.
class V:
    def __init__(self, a):
        self.a = a

    def __lt__(self, other):
        return self.a < other.a

    def __str__(self):
        return "V" + str(self.a)


class W(V):
    def __str__(self):
        return "W" + str(self.a)

    def bump(self):
        self.a += 1


if __name__ == "__main__":
    vs = [V(3), V(1), V(2)]
    total = 0
    for v in vs:
        total += v.a
    print(total)
    print(vs[0], vs[1] < vs[2], len(vs))
    vs.append(V(9))
    print(vs[-1])
    w = W(5)
    w.bump()
    x = w
    print(x, w.a)
