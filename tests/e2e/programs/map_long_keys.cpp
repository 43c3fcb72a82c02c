// A map of long long keys and values, looked up and filled with int keys: Java boxes an int as an
// Integer, never equal to a Long key (containsKey would be false, put would not compile).
#include <iostream>
#include <map>
using namespace std;

map<long long, long long> memo;

long long ways(int n) {
    if (n < 2) return 1;
    if (memo.count(n)) return memo[n];
    long long r = ways(n - 1) + ways(n - 2);
    memo[n] = r;
    return r;
}

int main() {
    cout << ways(80) << " " << memo.size() << endl;
    map<long long, int> seen;
    for (int i = 0; i < 5; i++) seen[i * 3] = i;
    cout << seen.count(6) << " " << seen[9] << endl;
    return 0;
}
