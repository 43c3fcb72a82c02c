import java.util.ArrayList;
import java.util.List;

public class CountItems {
    static int count_items(int[] xs, List<Integer> seen) {
        if (seen == null) {
            seen = new ArrayList<>();
        }
        for (int x : xs) {
            if (!seen.contains(x)) {
                seen.add(x);
            }
        }
        return seen.size();
    }

    static long distinct(int[] xs) {
        List<Integer> shared = new ArrayList<>();
        shared.add(0);
        int first = count_items(xs, shared);
        return (long) count_items(xs, null) * 100 + (long) first * 10 + shared.size();
    }
}
