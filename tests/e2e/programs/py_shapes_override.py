# Python classes (issue 14): an override called through the base (virtual), a parameter annotated with a class.
class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0.0

    def describe(self):
        return self.name + " " + str(self.area())


class Sq(Shape):
    def __init__(self, s):
        super().__init__("sq")
        self.s = s

    def area(self):
        return self.s * self.s * 1.5


def show(sh: Shape):
    print(sh.describe())


if __name__ == "__main__":
    show(Shape("x"))
    show(Sq(2))
    q = Sq(3)
    print(q.describe(), q.name, q.area())
