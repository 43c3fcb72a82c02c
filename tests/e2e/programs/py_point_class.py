# Python classes (issue 14): fields set in __init__, methods, __eq__, __str__, a class constant.
import math


class Point:
    ORIGIN_NAME = "origin"

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def distance(self, other):
        dx = self.x - other.x
        dy = self.y - other.y
        return math.sqrt(dx * dx + dy * dy)

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __str__(self):
        return "(" + str(self.x) + ", " + str(self.y) + ")"


def farthest(a, b, c):
    if a.distance(c) > b.distance(c):
        return a
    return b


if __name__ == "__main__":
    p = Point(3, 4)
    q = Point(0, 0)
    print(p.distance(q))
    r = p.moved(1, -1)
    print(r, r.x, r.y)
    print(p == Point(3, 4), p == q, p != q)
    print(farthest(p, r, q))
    print(Point.ORIGIN_NAME, str(q))
