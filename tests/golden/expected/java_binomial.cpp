// A few classic functions as static methods; translate with
//   transcoder translate examples/Algorithms.java --target cpp

#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

using namespace std;

const int MOD = 1000000007;

/** n choose k modulo MOD, by Pascal's triangle. */
int binomial(int n, int k) {
    vector<vector<int>> c(n + 1, vector<int>(k + 1, 0));
    for (int i = 0; i <= n; i++) {
        for (int j = 0; j <= min(i, k); j++) {
            if (j == 0 || j == i) {
                c[i][j] = 1;
            } else {
                c[i][j] = (c[i - 1][j - 1] + c[i - 1][j]) % MOD;
            }
        }
    }
    return c[n][k];
}

/** Most frequent element of arr (the smallest one on ties). */
int mostFrequent(int arr[], int n) {
    unordered_map<int, int> count;
    for (int i = 0; i < n; i++) {
        count[arr[i]] = (int) ((unsigned int) (count.count(arr[i]) ? count[arr[i]] : 0) + 1);
    }
    int best = arr[0];
    for (int i = 0; i < n; i++) {
        int c = count[arr[i]];
        if (c > count[best] || (c == count[best] && arr[i] < best)) {
            best = arr[i];
        }
    }
    return best;
}

/** The words of s in reverse order. */
string reverseWords(const string& s) {
    string result = "";
    int end = (int) s.length();
    for (int i = (int) s.length() - 1; i >= -1; i--) {
        if (i == -1 || s[i] == ' ') {
            if (end > i + 1) {
                if ((int) result.length() > 0) {
                    result += ' ';
                }
                result += s.substr(i + 1, end - (i + 1));
            }
            end = i;
        }
    }
    return result;
}
