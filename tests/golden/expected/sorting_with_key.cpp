#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <vector>

using namespace std;

int closest_to_zero(int arr[], int n) {
    vector<int> ordered;
    for (int i = 0; i < n; i++) {
        ordered.push_back(arr[i]);
    }
    stable_sort(ordered.begin(), ordered.end(), [](int a, int b) { return abs(a) < abs(b); });
    vector<int> largest(n, 0);
    for (int i1 = 0; i1 < n; i1++) {
        largest[i1] = arr[i1];
    }
    sort(largest.begin() + 0, largest.begin() + (int) largest.size(), greater<int>());
    return ordered[0] * 1000 + largest[0];
}
