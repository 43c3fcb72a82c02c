public class Twice {
    static int twice(double n) {
        return 2 * (int) n;
    }
}
