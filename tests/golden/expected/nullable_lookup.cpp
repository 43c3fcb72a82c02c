#include <unordered_map>

using namespace std;

int pairsWithEqualSums(int values[], int n) {
    unordered_map<int, int> seen;
    int pairs = 0;
    for (int i = 0; i < n; i++) {
        int key = values[i] % 5;
        bool has_before = seen.count(key) > 0;
        int before = has_before ? seen[key] : 0;
        if (has_before && before > 1) {
            pairs = (int) ((unsigned int) pairs + (int) ((unsigned int) before * 10));
        }
        if (!has_before) {
            seen[key] = 1;
        } else {
            pairs = (int) ((unsigned int) pairs + before);
            seen[key] = (int) ((unsigned int) before + 1);
        }
    }
    return (int) ((unsigned int) pairs + (int) seen.size());
}
