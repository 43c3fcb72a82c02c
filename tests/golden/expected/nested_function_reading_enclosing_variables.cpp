#include <vector>

using namespace std;

// A Python index: one below zero counts from the end (a[-1] is the last element).
inline long long py_index(long long index, long long length) { return index < 0 ? index + length : index; }

int walk(int i, int depth, const vector<int>& grid, int limit, int n, vector<int>& seen) {
    if (i >= n || depth > limit) {
        return 0;
    }
    seen.push_back(i);
    return grid[py_index(i, (int) grid.size())] + walk(i + 1, depth + 1, grid, limit, n, seen);
}

int count_paths(const vector<int>& grid, int n) {
    vector<int> seen;
    int limit = n * 2;
    return walk(0, 0, grid, limit, n, seen) * 100 + (int) seen.size();
}
