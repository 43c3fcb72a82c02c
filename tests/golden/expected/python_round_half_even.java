public class Rounded {
    static long rounded(double x) {
        return (long) Math.rint(x) * 10 + (long) Math.rint(x / 4);
    }
}
