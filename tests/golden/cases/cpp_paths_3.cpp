
int paths(int n, int m) {
    vector<vector<int>> dp(n + 1, vector<int>(m + 1, 0));
    for (int i = 0; i <= n; i++) dp[i][0] = 1;
    for (int j = 0; j <= m; j++) dp[0][j] = 1;
    for (int i = 1; i <= n; i++)
        for (int j = 1; j <= m; j++) dp[i][j] = dp[i - 1][j] + dp[i][j - 1];
    return dp[n][m] + (int) dp.size() - (int) dp[0].size();
}

int grow(int n) {
    vector<int> values(n, 0);
    for (int i = 0; i < n; i++) values[i] = i * i;
    values.push_back(7);
    int total = 0;
    for (int v : values) total += v;
    return total;
}
