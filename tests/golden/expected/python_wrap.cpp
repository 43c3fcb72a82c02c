#include <vector>

using namespace std;

int wrap(vector<int>& arr, int i) {
    return arr[i] + (int) arr.size();
}
