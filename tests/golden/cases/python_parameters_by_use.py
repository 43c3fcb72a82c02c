def total(items, name):
    # reads both: const references in C++
    return sum(items) + len(name)


def grow(items, k):
    # the caller sees the new elements: a reference
    for i in range(k):
        items.append(i + 1)


def renamed(name):
    # rebinds its string: a copy
    name = name + "?"
    return len(name)


def run(k):
    items = [1]
    grow(items, k)
    return total(items, "xy") * 100 + renamed("abc") * 10 + len(items)
