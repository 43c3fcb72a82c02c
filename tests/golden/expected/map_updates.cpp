#include <map>
#include <unordered_map>
#include <utility>

using namespace std;

int tally(int values[], int n) {
    unordered_map<int, int> counts;
    map<int, long long> sums;
    for (int i = 0; i < n; i++) {
        counts[values[i]] = (int) ((unsigned int) counts[values[i]] + 1);
        sums[values[i] % 3] = (long long) ((unsigned long long) sums[values[i] % 3] + (long long) values[i]);
        if (!counts.count((int) ((unsigned int) values[i] * 10))) {
            counts[(int) ((unsigned int) values[i] * 10)] = i;
        }
    }
    long long total = (int) ((unsigned int) (int) counts.size() * 1000 + (unsigned int) counts[values[0]] * 100 + counts[(int) ((unsigned int) values[0] * 10)]);
    for (pair<int, long long> e : sums) {
        total = (long long) ((unsigned long long) total * 7 + e.first + e.second);
    }
    return (int) (total % 1000003);
}
