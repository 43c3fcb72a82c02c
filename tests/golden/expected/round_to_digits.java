public class Ratio {
    static double ratio(double a, double b) {
        return (double) roundHalfAway(a / b * 1000.0) / 1000.0 + (double) roundHalfAway(a * 100.0) / 100.0;
    }

    static long roundHalfAway(double x) {
        // C++'s llround: the closest integer, halves away from zero (Math.round rounds -2.5 to -2)
        return x < 0 ? -Math.round(-x) : Math.round(x);
    }
}
