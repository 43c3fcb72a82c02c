"""A module list passed to a function that appends to it: the same object in every target (a C++"
reference, a Java reference with its ints boxed as Longs)."""

seen = [1, 2]
total = 0


def add(xs, v):
    xs.append(v)
    return len(xs)


def bump():
    global total
    total = total + len(seen)


if __name__ == "__main__":
    add(seen, 5)
    add(seen, 7)
    bump()
    print(len(seen), seen[3], total)
