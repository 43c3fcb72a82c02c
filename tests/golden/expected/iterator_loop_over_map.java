import java.util.Map;
import java.util.TreeMap;

public class RepeatedSum {
    static int repeated_sum(int[] arr, int n) {
        Map<Integer, Integer> count = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            count.merge(arr[i], 1, Integer::sum);
        }
        int total = 0;
        for (Map.Entry<Integer, Integer> it : count.entrySet()) {
            if (it.getValue() > 1) {
                total += it.getKey() * it.getValue();
            }
        }
        return total;
    }
}
