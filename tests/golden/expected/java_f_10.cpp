#include <climits>
#include <unordered_map>

using namespace std;

int f(int a[], int n) {
    unordered_map<int, int> m;
    for (int i = 0; i < n; i++) {
        m[a[i]] = (int) ((unsigned int) (m.count(a[i]) ? m[a[i]] : 0) + 1);
    }
    int res = INT_MAX;
    int count = 0;
    bool found = false;
    for (auto& entry : m) {
        int k = entry.first;
        if (k % 2 == 0) {
            found = true;
        }
        count++;
    }
    return (int) ((unsigned int) res + count + (found ? 1 : 0));
}
