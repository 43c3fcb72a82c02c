#include <numeric>
#include <vector>

using namespace std;

int total(const vector<int>& arr, int n) {
    return accumulate(arr.begin(), arr.end(), 0) + (int) arr.size();
}
