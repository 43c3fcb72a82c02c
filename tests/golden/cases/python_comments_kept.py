"""Triangles, with comments that must survive translation."""
import math


def hypotenuse(a, b):
    """The longest side of a right triangle.

    a and b are the two shorter sides.
    """
    # the squares first
    s = a * a + b * b  # Pythagoras
    return math.sqrt(s)


def perimeter(a, b):
    # the third side is the hypotenuse
    return a + b + hypotenuse(a, b)  # all three
