import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

public class Lookup {
    static int lookup(int[] arr, int n, int x) {
        Map<Integer, Integer> freq = new HashMap<>();
        for (int i = 0; i < n; i++) {
            freq.merge(arr[i], 1, Integer::sum);
        }
        int it_key = x;
        int result = 0;
        if (freq.containsKey(it_key)) {
            result = it_key * 100 + freq.get(it_key);
        } else {
            result = -1;
        }
        int next_key = x + 1;
        if (!freq.containsKey(next_key)) {
            result += 7;
        }
        freq.put(x + 1, 5);
        Set<Integer> seen = new TreeSet<>();
        seen.add(x);
        int three_key = 3;
        return result * 10 + (seen.contains(three_key) ? 1 : 0);
    }
}
