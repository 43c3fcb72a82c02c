#include <set>

using namespace std;

int spread(int values[], int n) {
    set<int> seen;
    int total = 0;
    for (int i = 0; i < n; i++) {
        seen.insert(values[i]);
        total = (int) ((unsigned int) total * 3 + *seen.begin() - *seen.rbegin());
    }
    return total;
}
