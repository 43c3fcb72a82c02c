#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <vector>

using namespace std;

bool is_sorted_abs(const vector<int>& arr, int n) {
    int i = 0;
    vector<bool> flags(max(0, n), false);
    for (int i_ = 1; i_ < n; i_++) {
        i = i_;
        flags[i] = abs(arr[i]) >= abs(arr[i - 1]);
    }
    bool found = true;
    for (int i = 1; i < n; i++) {
        if (!flags[i]) {
            found = false;
            break;
        }
    }
    return found && min(arr[0], 100) <= *max_element(arr.begin(), arr.end());
}
