#include <algorithm>
#include <vector>

using namespace std;

// A Python index: one below zero counts from the end (a[-1] is the last element).
inline long long py_index(long long index, long long length) { return index < 0 ? index + length : index; }

int largest_of_each(vector<int>& a, vector<int>& b, int m, int n) {
    sort(a.begin(), a.end());
    sort(b.begin(), b.end());
    return a[py_index(m - 1, (int) a.size())] * 1000 + b[py_index(n - 1, (int) b.size())];
}
