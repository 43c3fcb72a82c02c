public class FactImpl {
    static long factImpl(long n) {
        if (n <= 1) {
            return 1;
        }
        return (n * factImpl(n - 1)) & 0xFFFFFFFFL;
    }

    static long fact(long n) {
        return factImpl(n & 0xFFFFFFFFL);
    }
}
