# Python classes (issue 14): constructors called with keyword arguments (in any order where Python's order shows nothing).
from dataclasses import dataclass


@dataclass
class Box:
    w: int
    h: int
    label: str

    def area(self):
        return self.w * self.h


def make(n):
    return Box(label="b" + str(n), h=n, w=2)


if __name__ == "__main__":
    b = Box(3, h=4, label="x")
    c = make(5)
    print(b.area(), c.area(), c.label, b == Box(w=3, h=4, label="x"))
