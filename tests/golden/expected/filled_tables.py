import sys


def trunc_div(a, b):
    """Integer division rounding toward zero, as in C++ and Java."""
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q


def trunc_mod(a, b):
    """Remainder with the sign of the dividend, as in C++ and Java."""
    return a - b * trunc_div(a, b)


def int64(x):
    """x reduced to a signed 64-bit integer (two's complement), as Java's long arithmetic wraps
    around, and C++'s long and long long arithmetic as g++ on x86-64 computes it (ISO C++ leaves
    its overflow undefined)."""
    return (x + 0x8000000000000000 & 0xFFFFFFFFFFFFFFFF) - 0x8000000000000000


def memo_paths(n, m):
    dp = [[-1] * (m + 1) for _ in range(n + 1)]
    best = [sys.maxsize] * (n + 1)
    seen = [False] * (m + 1)
    open = [True] * (m + 1)
    for i in range(n + 1):
        for j in range(m + 1):
            dp[i][j] = 1 if i == 0 or j == 0 else trunc_mod(dp[i - 1][j] + dp[i][j - 1], 1000)
    best[0] = dp[n][m]
    seen[int(m / 2)] = True
    open[0] = False
    unset = 7 if best[n] == sys.maxsize else 0
    return int64(best[0] * 100 + unset * 10 + seen[int(m / 2)] + open[0] + dp[0][m])
