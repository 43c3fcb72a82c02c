import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

public class KeyOrder {
    static long key_order(int[] arr, int n) {
        Map<Integer, Integer> counts = new TreeMap<>();
        Set<Integer> seen = new TreeSet<>();
        for (int i = n - 1; i >= 0; i--) {
            counts.merge(arr[i], 1, Integer::sum);
            seen.add(arr[i] * 2);
        }
        long t = 0L;
        for (Map.Entry<Integer, Integer> p : counts.entrySet()) {
            t = t * 10 + p.getKey();
        }
        for (int x : seen) {
            t = t * 100 + x;
        }
        return t;
    }
}
