# Python classes (issue 14): an object or None returned, is None, an object's truth, an f-string of objects.
class Node:
    def __init__(self, v):
        self.v = v

    def __str__(self):
        return "N" + str(self.v)


def find(a, b, want):
    if a.v == want:
        return a
    if b.v == want:
        return b
    return None


if __name__ == "__main__":
    x = Node(1)
    y = Node(2)
    r = find(x, y, 2)
    print(f"found {r} in {x}/{y}")
    r = find(x, y, 5)
    print(r is None, r is not None)
    if x and not r:
        print("truthy")
