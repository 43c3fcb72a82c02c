// A few classic functions; `make demo` translates this file to Java and Python.

public class GcdOf {
    static final int MOD = 1000000007;

    /** Greatest common divisor by Euclid's algorithm. */
    static int gcd_of(int a, int b) {
        while (b != 0) {
            int r = a % b;
            a = b;
            b = r;
        }
        return a;
    }

    /** Number of ways to climb n stairs taking 1 or 2 steps, modulo MOD. */
    static long climb_stairs(int n) {
        long[] ways = new long[n + 2];
        ways[0] = 1L;
        ways[1] = 1L;
        for (int i = 2; i <= n; i++) {
            ways[i] = (ways[i - 1] + ways[i - 2]) % MOD;
        }
        return ways[n];
    }

    /** Index of x in the sorted array arr[0..n), or -1. */
    static int binary_search_index(int[] arr, int n, int x) {
        int low = 0;
        int high = n - 1;
        while (low <= high) {
            int mid = low + (high - low) / 2;
            if (arr[mid] == x) {
                return mid;
            }
            if (arr[mid] < x) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return -1;
    }

    /** True when s reads the same backwards, ignoring case and non-letters. */
    static boolean is_palindrome(String s) {
        int i = 0;
        int j = s.length() - 1;
        while (i < j) {
            if (!Character.isLetter(s.charAt(i))) {
                i++;
                continue;
            }
            if (!Character.isLetter(s.charAt(j))) {
                j--;
                continue;
            }
            if (Character.toLowerCase(s.charAt(i)) != Character.toLowerCase(s.charAt(j))) {
                return false;
            }
            i++;
            j--;
        }
        return true;
    }

    /** Length of the longest common subsequence of a and b. */
    static int lcs(String a, String b) {
        int m = a.length();
        int n = b.length();
        int[][] dp = new int[m + 1][n + 1];
        for (int i = 1; i <= m; i++) {
            for (int j = 1; j <= n; j++) {
                dp[i][j] = a.charAt(i - 1) == b.charAt(j - 1) ? dp[i - 1][j - 1] + 1 : Math.max(dp[i - 1][j], dp[i][j - 1]);
            }
        }
        return dp[m][n];
    }
}
