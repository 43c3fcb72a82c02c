# Python classes (issue 14): @classmethod alternative constructors (cls(...)), a class constant read in __str__.
class Fraction:
    ZERO_TEXT = "0"

    def __init__(self, num, den):
        self.num = num
        self.den = den

    @classmethod
    def whole(cls, n):
        return cls(n, 1)

    @classmethod
    def parse(cls, text):
        parts = text.split("/")
        return cls(int(parts[0]), int(parts[1]))

    def value(self):
        return self.num / self.den

    def __str__(self):
        if self.num == 0:
            return Fraction.ZERO_TEXT
        return str(self.num) + "/" + str(self.den)


if __name__ == "__main__":
    a = Fraction.whole(3)
    b = Fraction.parse("7/4")
    print(a, b, b.value(), Fraction(0, 5))
