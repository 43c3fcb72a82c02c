def int32(x):
    """x reduced to a signed 32-bit integer (two's complement), as Java's int arithmetic wraps
    around, and C++'s int arithmetic as g++ on x86-64 computes it (ISO C++ leaves its overflow
    undefined)."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000


def paths(n):
    dp = [[0] * (n + 1) for _ in range(n + 1)]
    seen = [-1] * (n + 1)
    for i in range(n + 1):
        dp[i][0] = 1
        dp[0][i] = 1
        seen[i] = i
    for i in range(1, n + 1):
        for j in range(1, n + 1):
            dp[i][j] = int32(dp[i - 1][j] + dp[i][j - 1])
    return int32(dp[n][n] + seen[n])
