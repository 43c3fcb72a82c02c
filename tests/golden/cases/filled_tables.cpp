long long memo_paths(int n, int m) {
    vector<vector<int>> dp(n + 1, vector<int>(m + 1, -1));
    vector<long long> best(n + 1, LLONG_MAX);
    vector<bool> seen(m + 1, false);
    vector<bool> open(m + 1, true);
    for (int i = 0; i <= n; i++)
        for (int j = 0; j <= m; j++)
            dp[i][j] = (i == 0 || j == 0) ? 1 : (dp[i - 1][j] + dp[i][j - 1]) % 1000;
    best[0] = dp[n][m];
    seen[m / 2] = true;
    open[0] = false;
    long long unset = best[n] == LLONG_MAX ? 7 : 0;
    return best[0] * 100 + unset * 10 + seen[m / 2] + open[0] + dp[0][m];
}
