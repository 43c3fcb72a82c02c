#include <algorithm>
#include <vector>

using namespace std;

// A Python index: one below zero counts from the end (a[-1] is the last element).
inline long long py_index(long long index, long long length) { return index < 0 ? index + length : index; }

int wrap_sum(const vector<int>& arr, int n) {
    int total = 0;
    vector<int> prev(max(0, n), 0);
    for (int i = 0; i < n; i++) {
        prev[py_index(i - 1, (int) prev.size())] = arr[i];
        total = total * 10 + arr[py_index(i - 1, (int) arr.size())];
    }
    return total + prev[n - 1];
}
