#include <vector>

using namespace std;

int wrap_sum(const vector<int>& arr, int n) {
    int total = 0;
    vector<int> prev(n, 0);
    for (int i = 0; i < n; i++) {
        prev[i - 1 < 0 ? i - 1 + (int) prev.size() : i - 1] = arr[i];
        total = total * 10 + arr[i - 1 < 0 ? i - 1 + (int) arr.size() : i - 1];
    }
    return total + prev[n - 1];
}
