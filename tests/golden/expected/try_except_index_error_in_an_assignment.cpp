#include <vector>

using namespace std;

int pick(const vector<int>& arr, int n, int i) {
    int value = 0;
    if (i >= -(int) arr.size() && i < (int) arr.size()) {
        value = arr[i < 0 ? i + (int) arr.size() : i] * 2;
    } else {
        value = -1;
    }
    return value + n;
}
