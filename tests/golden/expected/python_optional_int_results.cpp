#include <optional>
#include <vector>

using namespace std;

long long floor_div(long long a, long long b) {
    long long q = a / b;
    return a % b != 0 && (a < 0) != (b < 0) ? q - 1 : q;
}

long long floor_mod(long long a, long long b) {
    long long r = a % b;
    return r != 0 && (r < 0) != (b < 0) ? r + b : r;
}

optional<int> find(const vector<int>& xs, int target) {
    for (int i = 0; i < (int) xs.size(); i++) {
        if (xs[i] == target) {
            return i;
        }
    }
    return nullopt;
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

optional<int> safe_div(int a, int b) {
    if (b == 0) {
        return nullopt;
    }
    return floor_div(a, b);
}

long long sum_below(const vector<int>& values, int limit) {
    long long total = 0;
    for (int v : values) {
        optional<int> found = v < limit ? optional<int>(v) : nullopt;
        if (!found.has_value()) {
            continue;
        }
        total += *found;
    }
    return total;
}

int truthy(int a, int b) {
    optional<int> x = safe_div(a, b);
    if (x.has_value() && *x != 0) {
        return 1;
    }
    if (!x.has_value()) {
        return 2;
    }
    return 3;
}

long long summary(const vector<int>& xs, int target) {
    optional<int> position = find(xs, target);
    if (!position.has_value()) {
        position = -1;
    }
    optional<int> even = first_even(xs);
    long long result = (long long) *position * 1000 + sum_below(xs, target) + truthy(target, (int) xs.size() - 3) * 7;
    if (even.has_value()) {
        result += (long long) *even * 100000;
    }
    return result;
}
