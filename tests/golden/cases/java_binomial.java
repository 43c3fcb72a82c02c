// A few classic functions as static methods; translate with
//   transcoder translate examples/Algorithms.java --target cpp
import java.util.*;

public class Algorithms {
    static final int MOD = 1000000007;

    // n choose k modulo MOD, by Pascal's triangle.
    static int binomial(int n, int k) {
        int[][] c = new int[n + 1][k + 1];
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= Math.min(i, k); j++) {
                if (j == 0 || j == i) {
                    c[i][j] = 1;
                } else {
                    c[i][j] = (c[i - 1][j - 1] + c[i - 1][j]) % MOD;
                }
            }
        }
        return c[n][k];
    }

    // Most frequent element of arr (the smallest one on ties).
    static int mostFrequent(int[] arr, int n) {
        Map<Integer, Integer> count = new HashMap<>();
        for (int i = 0; i < n; i++) {
            count.put(arr[i], count.getOrDefault(arr[i], 0) + 1);
        }
        int best = arr[0];
        for (int i = 0; i < n; i++) {
            int c = count.get(arr[i]);
            if (c > count.get(best) || c == count.get(best) && arr[i] < best) {
                best = arr[i];
            }
        }
        return best;
    }

    // The words of s in reverse order.
    static String reverseWords(String s) {
        StringBuilder result = new StringBuilder();
        int end = s.length();
        for (int i = s.length() - 1; i >= -1; i--) {
            if (i == -1 || s.charAt(i) == ' ') {
                if (end > i + 1) {
                    if (result.length() > 0) {
                        result.append(' ');
                    }
                    result.append(s.substring(i + 1, end));
                }
                end = i;
            }
        }
        return result.toString();
    }
}
