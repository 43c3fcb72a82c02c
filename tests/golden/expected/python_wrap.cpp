#include <vector>

using namespace std;

int wrap(const vector<int>& arr, int i) {
    return arr[i] + (int) arr.size();
}
