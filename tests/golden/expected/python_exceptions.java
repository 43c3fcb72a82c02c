public class Checked {
    static int checked(int x) {
        if (x < 0) {
            throw new IllegalArgumentException("negative");
        }
        return Math.floorMod(x, 1000) * 2;
    }

    static int safe(int x) {
        int y = 0;
        try {
            y = checked(x);
        } catch (IllegalArgumentException e) {
            y = -1;
        }
        return y;
    }

    static long halve(int x) {
        if (!(Math.floorMod(x, 2) == 0)) throw new AssertionError("odd");
        return (long) safe(x) + Math.floorDiv(x, 2);
    }
}
