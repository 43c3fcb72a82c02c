import java.util.Arrays;

public class MemoPaths {
    static long memo_paths(int n, int m) {
        int[][] dp = new int[n + 1][m + 1];
        for (int[] row : dp) {
            Arrays.fill(row, -1);
        }
        long[] best = new long[n + 1];
        Arrays.fill(best, Long.MAX_VALUE);
        boolean[] seen = new boolean[m + 1];
        boolean[] open = new boolean[m + 1];
        Arrays.fill(open, true);
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                dp[i][j] = i == 0 || j == 0 ? 1 : (dp[i - 1][j] + dp[i][j - 1]) % 1000;
            }
        }
        best[0] = dp[n][m];
        seen[m / 2] = true;
        open[0] = false;
        long unset = best[n] == Long.MAX_VALUE ? 7 : 0;
        return best[0] * 100 + unset * 10 + (seen[m / 2] ? 1 : 0) + (open[0] ? 1 : 0) + dp[0][m];
    }
}
