// A few classic functions; `make demo` translates this file to Java and Python.
#include <bits/stdc++.h>
using namespace std;

#define MOD 1000000007

// Greatest common divisor by Euclid's algorithm.
int gcd_of(int a, int b) {
    while (b != 0) {
        int r = a % b;
        a = b;
        b = r;
    }
    return a;
}

// Number of ways to climb n stairs taking 1 or 2 steps, modulo MOD.
long long climb_stairs(int n) {
    vector<long long> ways(n + 2, 0);
    ways[0] = 1;
    ways[1] = 1;
    for (int i = 2; i <= n; i++) {
        ways[i] = (ways[i - 1] + ways[i - 2]) % MOD;
    }
    return ways[n];
}

// Index of x in the sorted array arr[0..n), or -1.
int binary_search_index(int arr[], int n, int x) {
    int low = 0, high = n - 1;
    while (low <= high) {
        int mid = low + (high - low) / 2;
        if (arr[mid] == x) return mid;
        if (arr[mid] < x) low = mid + 1;
        else high = mid - 1;
    }
    return -1;
}

// True when s reads the same backwards, ignoring case and non-letters.
bool is_palindrome(string s) {
    int i = 0, j = s.length() - 1;
    while (i < j) {
        if (!isalpha(s[i])) { i++; continue; }
        if (!isalpha(s[j])) { j--; continue; }
        if (tolower(s[i]) != tolower(s[j])) return false;
        i++;
        j--;
    }
    return true;
}

// Length of the longest common subsequence of a and b.
int lcs(string a, string b) {
    int m = a.size(), n = b.size();
    int dp[m + 1][n + 1];
    memset(dp, 0, sizeof(dp));
    for (int i = 1; i <= m; i++)
        for (int j = 1; j <= n; j++)
            dp[i][j] = a[i - 1] == b[j - 1] ? dp[i - 1][j - 1] + 1 : max(dp[i - 1][j], dp[i][j - 1]);
    return dp[m][n];
}
