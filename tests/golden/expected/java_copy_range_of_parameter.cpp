#include <vector>

using namespace std;

template <typename T>
vector<T> copy_range(const vector<T>& a, int begin, int end) {
    vector<T> out(end - begin);  // Java: zeros past the end of a
    for (int i = begin; i < end && i < (int) a.size(); i++) out[i - begin] = a[i];
    return out;
}

/**
 * Arrays.copyOfRange pads with zeros past the array's end: the C++ translation needs the
 * parameter's length, so it must take a vector, not a C array.
 */
int sumOfTail(const vector<int>& values, int end) {
    vector<int> tail = copy_range(values, 1, end);
    int total = 0;
    for (int v : tail) {
        total = (int) ((unsigned int) total + (int) ((unsigned int) v * 7 + 1));
    }
    return total;
}
