#include <map>

using namespace std;

int firstKey() {
    map<int, int> m;
    m[50] = 1;
    m[3] = 1;
    for (auto& entry : m) {
        int k = entry.first;
        return k;
    }
    return -1;
}
