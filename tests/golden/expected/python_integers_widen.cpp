#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <numeric>
#include <vector>

using namespace std;

long long floor_mod(long long a, long long b) {
    long long r = a % b;
    return r != 0 && (r < 0) != (b < 0) ? r + b : r;
}

long long pair_sum(int a, int b) {
    return (long long) a + b;
}

int magnitude(int a) {
    return (int) (abs((long long) a) % 1000003);
}

long long total(const vector<int>& values) {
    return accumulate(values.begin(), values.end(), 0LL);
}

long long running(const vector<int>& values) {
    long long best = 0;
    long long acc = 0;
    for (int v : values) {
        acc += v;
        best = max(best, acc);
    }
    return best;
}

int entry(const vector<int>& values, int a, int b) {
    return (int) (floor_mod(pair_sum(a, b), 1000000007) + magnitude(a) + floor_mod(total(values), 998244353) + floor_mod(running(values), 1009));
}
