public class Find {
    static Integer find(int[] xs, int target) {
        for (int i = 0; i < xs.length; i++) {
            if (xs[i] == target) {
                return i;
            }
        }
        return null;
    }

    static Integer first_even(int[] xs) {
        Integer best = null;
        for (int x : xs) {
            if (Math.floorMod(x, 2) == 0 && (best == null || x < best.intValue())) {
                best = x;
            }
        }
        return best;
    }

    static Integer safe_div(int a, int b) {
        if (b == 0) {
            return null;
        }
        return Math.floorDiv(a, b);
    }

    static long sum_below(int[] values, int limit) {
        long total = 0L;
        for (int v : values) {
            Integer found = v < limit ? v : null;
            if (found == null) {
                continue;
            }
            total += found.intValue();
        }
        return total;
    }

    static int truthy(int a, int b) {
        Integer x = safe_div(a, b);
        if (x != null && x.intValue() != 0) {
            return 1;
        }
        if (x == null) {
            return 2;
        }
        return 3;
    }

    static long summary(int[] xs, int target) {
        Integer position = find(xs, target);
        if (position == null) {
            position = -1;
        }
        Integer even = first_even(xs);
        long result = (long) position.intValue() * 1000 + sum_below(xs, target) + truthy(target, xs.length - 3) * 7;
        if (even != null) {
            result += (long) even.intValue() * 100000;
        }
        return result;
    }
}
