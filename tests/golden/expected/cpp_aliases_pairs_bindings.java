import java.util.AbstractMap;
import java.util.Map;
import java.util.TreeMap;

public class MinMax {
    static AbstractMap.SimpleEntry<Integer, Integer> min_max(int[] arr, int n) {
        if (n == 0) {
            return new AbstractMap.SimpleEntry<>(0, 0);
        }
        int lo = arr[0];
        int hi = arr[0];
        for (int i = 1; i < n; i++) {
            lo = Math.min(lo, arr[i]);
            hi = Math.max(hi, arr[i]);
        }
        return new AbstractMap.SimpleEntry<>(lo, hi);
    }

    static String ordered_counts(String s) {
        Map<Character, Integer> m = new TreeMap<>();
        for (char c : s.toCharArray()) {
            m.merge(c, 1, Integer::sum);
        }
        String out = "";
        for (Map.Entry<Character, Integer> entry : m.entrySet()) {
            char c = entry.getKey();
            int n = entry.getValue();
            out += c + String.valueOf(n);
        }
        return out;
    }

    static long spread(int[] arr, int n, String s) {
        AbstractMap.SimpleEntry<Integer, Integer> pair2 = min_max(arr, n);
        int lo = pair2.getKey();
        int hi = pair2.getValue();
        return (long) (hi - lo) * 1000 + (long) ordered_counts(s).length();
    }
}
