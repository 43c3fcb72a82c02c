#include <algorithm>
#include <vector>

using namespace std;

long long floor_mod(long long a, long long b) {
    long long r = a % b;
    return r != 0 && (r < 0) != (b < 0) ? r + b : r;
}

long long lists(const vector<int>& arr, int n) {
    vector<int> evens;
    for (int x : arr) {
        if (x % 2 == 0) {
            evens.push_back(x);
        }
    }
    sort(evens.begin(), evens.end());
    vector<int> copy(n, 0);
    for (int i = 0; i < n; i++) {
        copy[i] = (int) ((unsigned int) arr[i] >> 1);
    }
    sort(copy.begin(), copy.end());
    long long total = 0;
    for (int i = 0; i < (int) evens.size(); i++) {
        total = (long long) ((unsigned long long) total * 10 + evens[i]);
    }
    return (long long) ((unsigned long long) total + copy[(int) ((unsigned int) n - 1)] + floor_mod(-7, 3) + -7 / 2);
}
