// Triangles, with comments that must survive translation.

#include <cmath>

using namespace std;

/**
 * The longest side of a right triangle.
 *
 * a and b are the two shorter sides.
 */
double hypotenuse(double a, double b) {
    // the squares first
    double s = a * a + b * b;  // Pythagoras
    return sqrt(s);
}

double perimeter(double a, double b) {
    // the third side is the hypotenuse
    return a + b + hypotenuse(a, b);  // all three
}
