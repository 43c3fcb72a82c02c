class Rect:
    def __init__(self, w: int, h: int) -> None:
        self.w = w
        self.h = h

    @property
    def area(self) -> int:
        return self.w * self.h

    @property
    def square(self) -> bool:
        return self.w == self.h

    def grow(self, d: int) -> None:
        self.w += d
        self.h += d


class Tile(Rect):
    @property
    def area(self) -> int:
        # overrides the base's property: obj.area picks it by the object's class
        return self.w * self.h + 1


def score(s: Rect) -> int:
    if s.square:
        return s.area
    return 0


def property_demo(w: int, h: int) -> int:
    r = Rect(w, h)
    before = r.area
    r.grow(1)
    if before > r.area:
        return before - score(Tile(w, w))
    return r.area - score(r) - score(Tile(w, w))
