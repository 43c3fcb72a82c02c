#include <map>
#include <utility>

using namespace std;

long long key_order(int arr[], int n) {
    map<int, int> counts;
    for (int i = (int) ((unsigned int) n - 1); i >= 0; i--) {
        counts[arr[i]] = (int) ((unsigned int) (counts.count(arr[i]) ? counts[arr[i]] : 0) + 1);
    }
    long long t = 0;
    for (auto& entry : counts) {
        int k = entry.first;
        t = (long long) ((unsigned long long) t * 10 + k);
    }
    for (auto& entry1 : counts) {
        int v = entry1.second;
        t = (long long) ((unsigned long long) t * 10 + v);
    }
    for (pair<int, int> e : counts) {
        t = (long long) ((unsigned long long) t * 10 + e.first);
    }
    return t;
}
