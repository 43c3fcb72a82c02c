public class Mixed {
    static int mixed(int a, int b) {
        int q = Math.floorDiv(a, b);
        int r = Math.floorMod(a, b);
        return q * 1000 + r;
    }
}
