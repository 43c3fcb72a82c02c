import java.util.Arrays;

public class PairSum {
    static long pair_sum(int a, int b) {
        return (long) a + b;
    }

    static int magnitude(int a) {
        return (int) (Math.abs((long) a) % 1000003);
    }

    static long total(int[] values) {
        return Arrays.stream(values).asLongStream().sum();
    }

    static long running(int[] values) {
        long best = 0L;
        long acc = 0L;
        for (int v : values) {
            acc += v;
            best = Math.max(best, acc);
        }
        return best;
    }

    static int entry(int[] values, int a, int b) {
        return (int) (Math.floorMod(pair_sum(a, b), 1000000007) + magnitude(a) + Math.floorMod(total(values), 998244353) + Math.floorMod(running(values), 1009));
    }
}
