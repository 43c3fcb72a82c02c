#include <unordered_map>

using namespace std;

int doubled_hits(int arr[], int n) {
    unordered_map<int, int> d;
    for (int i = 0; i < n; i++) {
        d[i] = arr[i] * 2;
    }
    int c = 0;
    for (int i = 0; i < n; i++) {
        bool found = false;
        for (auto& entry : d) {
            int value = entry.second;
            if (value == arr[i]) {
                found = true;
                break;
            }
        }
        if (found) {
            c += 1;
        }
        bool found1 = false;
        for (auto& entry1 : d) {
            int value1 = entry1.second;
            if (value1 == arr[i] + 1) {
                found1 = true;
                break;
            }
        }
        if (!found1) {
            c += 10;
        }
    }
    return c;
}
