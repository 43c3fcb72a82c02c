#include <unordered_set>

using namespace std;

int distinct(int a[], int n) {
    unordered_set<int> seen;
    int count = 0;
    for (int i = 0; i < n; i++) {
        if (!seen.count(a[i])) {
            count++;
        }
        seen.insert(a[i]);
    }
    return (int) ((unsigned int) count + (int) seen.size());
}
