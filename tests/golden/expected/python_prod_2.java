public class Prod {
    static int prod(int a, int b) {
        return a * b;
    }
}
