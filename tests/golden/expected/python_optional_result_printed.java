public class FirstEven {
    static Integer first_even(int[] xs) {
        Integer best = null;
        for (int x : xs) {
            if (Math.floorMod(x, 2) == 0 && (best == null || x < best.intValue())) {
                best = x;
            }
        }
        return best;
    }
}
