#include <vector>

using namespace std;

// A Python index: one below zero counts from the end (a[-1] is the last element).
inline long long py_index(long long index, long long length) { return index < 0 ? index + length : index; }

int pick(const vector<int>& arr, int n, int i) {
    int value = 0;
    if (i >= -(int) arr.size() && i < (int) arr.size()) {
        value = arr[py_index(i, (int) arr.size())] * 2;
    } else {
        value = -1;
    }
    return value + n;
}
