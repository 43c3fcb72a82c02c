#include <unordered_map>
#include <vector>

using namespace std;

int f(const vector<int>& arr, int n) {
    unordered_map<int, int> seen;
    for (int x : arr) {
        seen[x] = 1;
    }
    return (int) seen.size() + n;
}
