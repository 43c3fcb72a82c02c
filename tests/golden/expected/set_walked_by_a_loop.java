import java.util.HashSet;
import java.util.Set;

public class DistinctSum {
    static int distinct_sum(int[] arr, int n) {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            if (!seen.contains(arr[i])) {
                seen.add(arr[i]);
            }
        }
        int total = 0;
        for (int v : seen) {
            total = total + v;
        }
        return total;
    }
}
