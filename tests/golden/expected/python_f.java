import java.util.HashMap;
import java.util.Map;

public class F {
    static int f(int[] arr, int n) {
        Map<Integer, Integer> seen = new HashMap<>();
        for (int x : arr) {
            seen.put(x, 1);
        }
        return seen.size() + n;
    }
}
