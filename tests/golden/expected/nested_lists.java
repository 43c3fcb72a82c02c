public class GridPaths {
    static long grid_paths(int m, int n) {
        long[][] dp = new long[Math.max(0, m)][Math.max(0, n)];
        for (int i = 0; i < m; i++) {
            dp[i][0] = 1L;
        }
        for (int j = 0; j < n; j++) {
            dp[0][j] = 1L;
        }
        for (int i = 1; i < m; i++) {
            for (int j = 1; j < n; j++) {
                dp[i][j] = dp[i - 1][j] + dp[i][j - 1];
            }
        }
        return dp[m - 1][n - 1];
    }
}
