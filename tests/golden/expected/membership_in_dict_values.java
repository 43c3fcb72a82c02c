import java.util.HashMap;
import java.util.Map;

public class DoubledHits {
    static int doubled_hits(int[] arr, int n) {
        Map<Integer, Integer> d = new HashMap<>();
        for (int i = 0; i < n; i++) {
            d.put(i, arr[i] * 2);
        }
        int c = 0;
        for (int i = 0; i < n; i++) {
            if (d.values().contains(arr[i])) {
                c += 1;
            }
            if (!d.values().contains(arr[i] + 1)) {
                c += 10;
            }
        }
        return c;
    }
}
