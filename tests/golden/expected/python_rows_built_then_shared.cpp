#include <vector>

using namespace std;

long long floor_mod(long long a, long long b) {
    long long r = a % b;
    return r != 0 && (r < 0) != (b < 0) ? r + b : r;
}

long long grid(int n) {
    vector<int> row;
    vector<vector<int>> rows;
    for (int i = 0; i < floor_mod(n, 10); i++) {
        row = vector<int>();
        for (int j = 0; j < 3; j++) {
            row.push_back(i * 3 + j);
        }
        rows.push_back(row);
    }
    long long total = 0;
    for (vector<int> row_ : rows) {
        row = row_;
        total += (long long) row[0] * 2 + row[(int) row.size() - 1];
    }
    return total + (int) rows.size();
}
