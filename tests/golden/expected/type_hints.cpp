#include <vector>

using namespace std;

double average(const vector<int>& values, int count) {
    long long total = 0;
    for (int v : values) {
        total += v;
    }
    return (double) total / count;
}
