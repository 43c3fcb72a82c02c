# A Python script: functions, then the block under `if __name__ == "__main__":` as the program's
# entry; floats printed as Python prints them.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def mean(values):
    return sum(values) / len(values)


if __name__ == "__main__":
    total = 0
    found = []
    for i in range(1, 20):
        g = gcd(i * 6, 84)
        total += g
        if g > 10:
            found.append(g)
    print("total", total)
    print(total / 7, mean(found))
    print(len(found) > 3, 2.5e-5, 1e16, 0.1 + 0.2)
