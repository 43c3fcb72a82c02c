import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

public class Tally {
    static int tally(int[] arr, int n, int m) {
        Set<Integer> evens = new HashSet<>();
        for (int i = 0; i < n; i++) {
            if (arr[i] % 2 == 0) {
                evens.add(arr[i]);
            }
        }
        int count = 0;
        int sum = 0;
        for (int it : evens) {
            count++;
            sum += it;
        }
        int[] hits = new int[m + 1];
        boolean[] seen = new boolean[m];
        Arrays.fill(hits, 0);
        for (int i = 0; i < n; i++) {
            seen[arr[i] % m] = true;
            hits[arr[i] % (m + 1)] += 1;
        }
        int result = count * 1000 + sum;
        for (int i = 0; i < m; i++) {
            if (seen[i]) {
                result += i * hits[i];
            }
        }
        return result;
    }
}
