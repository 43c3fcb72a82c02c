#include <vector>

using namespace std;

int suffixSum(const vector<int>& arr, int index) {
    if (index == (int) arr.size()) {
        return 0;
    }
    return (int) ((unsigned int) arr[index] + suffixSum(arr, index + 1));
}

void copy(const vector<char>& from, char to[], int index) {
    to[index] = from[index];
    if (index == (int) from.size() - 1) {
        return;
    }
    copy(from, to, index + 1);
}
