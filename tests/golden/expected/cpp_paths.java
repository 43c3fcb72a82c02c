import java.util.Arrays;

public class Paths {
    static int paths(int n) {
        int[][] dp = new int[n + 1][n + 1];
        int[] seen = new int[n + 1];
        Arrays.fill(seen, -1);
        for (int i = 0; i <= n; i++) {
            dp[i][0] = 1;
            dp[0][i] = 1;
            seen[i] = i;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= n; j++) {
                dp[i][j] = dp[i - 1][j] + dp[i][j - 1];
            }
        }
        return dp[n][n] + seen[n];
    }
}
