#include <unordered_map>
#include <unordered_set>

using namespace std;

int distinct(int a[], int n) {
    unordered_set<int> seen;
    unordered_map<int, int> last;
    int total = 0;
    for (int i = 0; i < n; i++) {
        seen.insert(a[i]);
        last[a[i]] = i;
    }
    for (auto& entry : last) {
        int k = entry.first;
        total = (int) ((unsigned int) total + k);
    }
    return (int) ((unsigned int) (int) seen.size() + total);
}
