# Python classes (issue 14): an int field past 32 bits (Python ints do not overflow; fields are 64-bit).
class Acc:
    def __init__(self, b):
        self.b = b

    def add(self, x):
        self.b += x
        return self.b


if __name__ == "__main__":
    a = Acc(2000000000)
    print(a.add(2000000000))
    print(a.b * 3)
