// Triangles, with comments that must survive translation.

public class Hypotenuse {
    /**
     * The longest side of a right triangle.
     *
     * a and b are the two shorter sides.
     */
    static double hypotenuse(double a, double b) {
        // the squares first
        double s = a * a + b * b;  // Pythagoras
        return Math.sqrt(s);
    }

    static double perimeter(double a, double b) {
        // the third side is the hypotenuse
        return a + b + hypotenuse(a, b);  // all three
    }
}
