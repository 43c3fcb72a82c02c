def paths(n):
    dp = [[0] * (n + 1) for _ in range(n + 1)]
    seen = [-1] * (n + 1)
    for i in range(n + 1):
        dp[i][0] = 1
        dp[0][i] = 1
        seen[i] = i
    for i in range(1, n + 1):
        for j in range(1, n + 1):
            dp[i][j] = dp[i - 1][j] + dp[i][j - 1]
    return dp[n][n] + seen[n]
