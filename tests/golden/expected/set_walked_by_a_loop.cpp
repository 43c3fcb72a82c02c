#include <unordered_set>

using namespace std;

int distinct_sum(int arr[], int n) {
    unordered_set<int> seen;
    for (int i = 0; i < n; i++) {
        if (!seen.count(arr[i])) {
            seen.insert(arr[i]);
        }
    }
    int total = 0;
    for (int v : seen) {
        total = total + v;
    }
    return total;
}
