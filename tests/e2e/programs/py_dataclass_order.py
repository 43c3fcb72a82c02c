# Python classes (issue 14): @dataclass (generated __init__, __eq__, __repr__), __lt__ for < and >, __repr__ as the text.
from dataclasses import dataclass


@dataclass
class Item:
    weight: int
    value: float
    fragile: bool

    def ratio(self):
        return self.value / self.weight


@dataclass
class Tag:
    label: str
    rank: int

    def __str__(self):
        return self.label + "#" + str(self.rank)


class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __lt__(self, other):
        if self.major != other.major:
            return self.major < other.major
        return self.minor < other.minor

    def __repr__(self):
        return f"v{self.major}.{self.minor}"


def newer(a, b):
    if a < b:
        return b
    return a


if __name__ == "__main__":
    a = Item(3, 7.5, False)
    b = Item(3, 7.5, False)
    c = Item(4, 1.0, True)
    print(a, c)
    print(a == b, a == c, a is b, a.ratio(), c.ratio())
    t = Tag("red", 2)
    print(t, t == Tag("red", 2), t.label)
    print(newer(Version(1, 2), Version(1, 10)), Version(2, 0) > Version(1, 9))
