public class Same {
    static boolean same(int x, int y) {
        return x == y;
    }
}
