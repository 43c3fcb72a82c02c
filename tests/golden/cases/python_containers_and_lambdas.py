def shuffle(values: list[int]) -> int:
    out = [v % 100 for v in values]
    out.append(7)
    out.insert(0, out.pop())
    out.extend([1, 2])
    out.sort()
    out.reverse()
    both = out + [out.index(7), out.count(1)]
    scale = lambda a, b: a * 3 + b
    return sum(both) + scale(len(out), out[0])


def overlap(a: list[int], b: list[int]) -> int:
    x, y = set(a), set(b)
    x.add(1)
    x.discard(2)
    doubled = {i: i * 2 for i in range(3)}
    return len(x | y) * 100 + len(x & y) * 10 + len(x - y) + doubled[2]


def entry(a: list[int], b: list[int]) -> int:
    return shuffle(a) * 1000 + overlap(a, b)
