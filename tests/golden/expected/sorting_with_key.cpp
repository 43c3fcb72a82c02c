#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <vector>

using namespace std;

int closest_to_zero(const vector<int>& arr, int n) {
    vector<int> ordered = vector<int>(arr.begin(), arr.end());
    stable_sort(ordered.begin(), ordered.end(), [](int a, int b) { return abs(a) < abs(b); });
    vector<int> largest = vector<int>(arr.begin(), arr.end());
    sort(largest.begin(), largest.end(), greater<int>());
    return ordered[0] * 1000 + largest[0];
}
