public class Big {
    static long big(int a, int b) {
        long r = (long) a * b;
        r = r / 7 - r % 7;
        return r;
    }
}
