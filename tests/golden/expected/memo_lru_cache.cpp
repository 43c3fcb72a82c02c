#include <algorithm>
#include <string>
#include <unordered_map>

using namespace std;

long long floor_div(long long a, long long b) {
    long long q = a / b;
    return a % b != 0 && (a < 0) != (b < 0) ? q - 1 : q;
}

long long floor_mod(long long a, long long b) {
    long long r = a % b;
    return r != 0 && (r < 0) != (b < 0) ? r + b : r;
}

unordered_map<int, unordered_map<int, long long>> grid_paths_cache = unordered_map<int, unordered_map<int, long long>>();
unordered_map<string, long long> best_split_cache = unordered_map<string, long long>();

long long grid_paths(int r, int c);
long long best_split(const string& s);

long long grid_paths_uncached(int r, int c) {
    // exponential without its cache: the translation must keep one
    if (r == 0 || c == 0) {
        return 1;
    }
    return grid_paths(r - 1, c) + grid_paths(r, c - 1);
}

long long grid_paths(int r, int c) {
    if (grid_paths_cache.count(r) && grid_paths_cache[r].count(c)) {
        return grid_paths_cache[r][c];
    }
    long long result = grid_paths_uncached(r, c);
    if (!grid_paths_cache.count(r)) {
        grid_paths_cache[r] = unordered_map<int, long long>();
    }
    grid_paths_cache[r][c] = result;
    return result;
}

int weight(int code) {
    return floor_mod(code, 7);
}

long long best_split_uncached(const string& s) {
    if ((int) s.length() <= 1) {
        return (int) s.length();
    }
    long long best = 0;
    for (int i = 1; i < (int) s.length(); i++) {
        best = max(best, weight((int) s[i]) + best_split(s.substr(0, i)) - floor_div(best_split(s.substr(i)), 2));
    }
    return best;
}

long long best_split(const string& s) {
    if (best_split_cache.count(s)) {
        return best_split_cache[s];
    }
    long long result = best_split_uncached(s);
    best_split_cache[s] = result;
    return result;
}

long long memo_demo(int n, const string& word) {
    return floor_mod(grid_paths(n, n), 1000003) + best_split(word) + grid_paths(floor_div(n, 2), n);
}
