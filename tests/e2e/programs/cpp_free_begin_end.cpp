// std::begin / std::end as free functions, of a vector and of an array, in library algorithms.
#include <algorithm>
#include <iostream>
#include <vector>
using namespace std;

int main() {
    vector<int> v = {5, -2, 9, 1};
    sort(begin(v), end(v));
    int a[4] = {7, 3, 8, 1};
    sort(std::begin(a), std::end(a));
    reverse(begin(v), end(v));
    for (int x : v) {
        cout << x << " ";
    }
    cout << endl;
    for (int i = 0; i < 4; i++) {
        cout << a[i] << " ";
    }
    cout << endl;
    return 0;
}
