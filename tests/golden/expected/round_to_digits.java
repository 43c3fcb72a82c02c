public class Ratio {
    static double ratio(double a, double b) {
        return (double) (long) Math.rint(a / b * 1000.0) / 1000.0 + (double) (long) Math.rint(a * 100.0) / 100.0;
    }
}
