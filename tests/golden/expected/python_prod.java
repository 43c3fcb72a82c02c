public class Prod {
    static long prod(int a, int b) {
        return (long) a * b;
    }
}
