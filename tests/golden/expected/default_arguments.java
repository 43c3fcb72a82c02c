public class Fib {
    static long fib(int n, long a, long b) {
        return n == 0 ? a : fib(n - 1, b, a + b);
    }
}
