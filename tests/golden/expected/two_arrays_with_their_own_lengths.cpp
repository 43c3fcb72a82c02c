#include <algorithm>

using namespace std;

// A Python index: one below zero counts from the end (a[-1] is the last element).
inline long long py_index(long long index, long long length) { return index < 0 ? index + length : index; }

int largest_of_each(int a[], int b[], int m, int n) {
    sort(a + 0, a + m);
    sort(b + 0, b + n);
    return a[py_index(m - 1, m)] * 1000 + b[py_index(n - 1, n)];
}
