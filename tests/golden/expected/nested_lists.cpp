#include <algorithm>
#include <vector>

using namespace std;

long long grid_paths(int m, int n) {
    vector<vector<long long>> dp(max(0, m), vector<long long>(max(0, n), 0));
    for (int i = 0; i < m; i++) {
        dp[i][0] = 1;
    }
    for (int j = 0; j < n; j++) {
        dp[0][j] = 1;
    }
    for (int i = 1; i < m; i++) {
        for (int j = 1; j < n; j++) {
            dp[i][j] = dp[i - 1][j] + dp[i][j - 1];
        }
    }
    return dp[m - 1][n - 1];
}
