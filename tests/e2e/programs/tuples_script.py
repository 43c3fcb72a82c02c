# Tuples of one, three and four values, lists inside tuples, unpacking and f(*t)
# (hand-written for the rule engine's whole-program tests, issue 14).


def weighted(values, scale, offset):
    total = 0
    for v in values:
        total += v * scale
    return total + offset


def describe(name, count, ratio):
    return name + ":" + str(count) + ":" + str(ratio)


def bounds(values):
    low = values[0]
    high = values[0]
    for v in values:
        low = min(low, v)
        high = max(high, v)
    return low, high, high - low


def square(x):
    return x * x


if __name__ == '__main__':
    cases = [
        ([1, 2, 3], 2, 5,),
        ([10, -4], 3, 0,),
        ([7], 1, -7,),
    ]
    for case in cases:
        print(weighted(*case))
    for values, scale, offset in cases:
        print(len(values), scale + offset)
    labels = [("a", 1, 0.5,), ("bc", 22, 1.25,)]
    for index, label in enumerate(labels):
        print(index, describe(*label), label[1], label[-1])
    low, high, span = bounds([4, 9, -2, 7])
    print(low, high, span)
    singles = [(3,), (-5,)]
    for single in singles:
        print(square(*single))
    record = (1, 2, 3, 4)
    first, second, third, fourth = record
    print(first + fourth, second * third, record[2])
    print(square(*[6]))
    passed = 0
    for case in cases:
        if weighted(*case) == weighted(*case):
            passed += 1
    print("#Results: %i, %i" % (passed, len(cases)))  # noqa: UP031 (the GfG drivers' form)
