import java.util.Arrays;

public class Prefix {
    static long prefix(Long[] a, int n) {
        a[0] = 0L;
        for (int i = 1; i < n; i++) {
            a[i] = a[i - 1] + i;
        }
        Arrays.fill(a, n - 1, n, 7L);
        return a[n - 2] * 1000000000L;
    }
}
