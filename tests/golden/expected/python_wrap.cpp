#include <vector>

using namespace std;

// A Python index: one below zero counts from the end (a[-1] is the last element).
inline long long py_index(long long index, long long length) { return index < 0 ? index + length : index; }

int wrap(const vector<int>& arr, int i) {
    return arr[py_index(i, (int) arr.size())] + (int) arr.size();
}
