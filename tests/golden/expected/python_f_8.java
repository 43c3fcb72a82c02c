public class F {
    static int f(int a, int b) {
        return Math.floorDiv(a, b) + Math.floorMod(a, b);
    }
}
