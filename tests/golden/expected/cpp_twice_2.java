public class Twice {
    static int twice(int x) {
        return 2 * x;
    }
}
