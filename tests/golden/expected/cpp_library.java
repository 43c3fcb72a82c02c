import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

public class LibraryMix {
    static long library_mix(int[] arr, int n, String digits) {
        List<Integer> v = new ArrayList<>(Arrays.stream(arr).boxed().toList());
        Collections.sort(v);
        Set<Integer> s = new TreeSet<>(v);
        long total = Collections.min(s) * 1000 + Collections.max(s);
        for (int i = 0; i < n; i++) {
            total += Integer.bitCount(arr[i]) * (i + 1);
        }
        total += Long.bitCount((long) arr[0] * -3);
        long mask = 5;
        total += (mask + Integer.parseInt(digits)) & 0xFFFFFFFFL;
        int[] filled = new int[6];
        Arrays.fill(filled, 0, 6, 2);
        Arrays.fill(filled, 1, 4, 7);
        for (int i = 0; i < 6; i++) {
            total = total * 3 + filled[i];
        }
        return total + v.get(0);
    }
}
