import java.util.LinkedHashMap;
import java.util.Map;

public class MostFrequent {
    static int most_frequent(int[] arr, int n) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            counts.put(arr[i], counts.getOrDefault(arr[i], 0) + 1);
        }
        int best = arr[0];
        for (int key : counts.keySet()) {
            if (counts.getOrDefault(key, 0) > counts.getOrDefault(best, 0) || ((int) counts.getOrDefault(key, 0) == counts.getOrDefault(best, 0) && key < best)) {
                best = key;
            }
        }
        return best;
    }
}
