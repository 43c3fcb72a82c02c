#include <optional>
#include <vector>

using namespace std;

long long floor_mod(long long a, long long b) {
    long long r = a % b;
    return r != 0 && (r < 0) != (b < 0) ? r + b : r;
}

optional<int> first_even(const vector<int>& xs) {
    optional<int> best = nullopt;
    for (int x : xs) {
        if (floor_mod(x, 2) == 0 && (!best.has_value() || x < *best)) {
            best = x;
        }
    }
    return best;
}
