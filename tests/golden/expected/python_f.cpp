#include <unordered_map>

using namespace std;

int f(int arr[], int n) {
    unordered_map<int, int> seen;
    for (int i = 0; i < n; i++) {
        int x = arr[i];
        seen[x] = 1;
    }
    return (int) seen.size() + n;
}
