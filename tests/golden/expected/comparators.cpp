#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <queue>
#include <vector>

using namespace std;

int sortedSignature(int values[], int n) {
    vector<int> byAbs(n, 0);
    for (int i = 0; i < n; i++) {
        byAbs[i] = values[i];
    }
    // ties (3 and -3) must keep their order, as Java's stable sort keeps it
    stable_sort(byAbs.begin(), byAbs.end(), [](int a, int b) { return (int) abs((long long) a) < (int) abs((long long) b); });
    vector<vector<int>> rows(n, vector<int>(2, 0));
    for (int i = 0; i < n; i++) {
        rows[i][0] = values[i] % 3;
        rows[i][1] = i;
    }
    stable_sort(rows.begin(), rows.end(), [](const vector<int>& p, const vector<int>& q) { return p[0] < q[0]; });
    vector<int> list;
    for (int i = 0; i < n; i++) {
        list.push_back(values[i]);
    }
    sort(list.begin(), list.end(), [](int a, int b) { return b < a; });
    priority_queue<int> largest;
    priority_queue<int> alsoLargest;
    for (int i = 0; i < n; i++) {
        largest.push((int) ((unsigned int) values[i] * 2));
        alsoLargest.push(values[i]);
    }
    long long signature = 0;
    for (int i = 0; i < n; i++) {
        signature = (signature * 31 + byAbs[i] + 100) % 1000003;
    }
    for (int i = 0; i < n; i++) {
        signature = (signature * 31 + rows[i][1]) % 1000003;
    }
    for (int i = 0; i < n; i++) {
        signature = (signature * 31 + list[i] + 100) % 1000003;
    }
    return (int) ((int) signature + (unsigned int) largest.top() * 7 + alsoLargest.top());
}
