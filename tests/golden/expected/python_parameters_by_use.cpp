#include <numeric>
#include <string>
#include <vector>

using namespace std;

int total(const vector<int>& items, const string& name) {
    // reads both: const references in C++
    return accumulate(items.begin(), items.end(), 0) + (int) name.length();
}

void grow(vector<int>& items, int k) {
    // the caller sees the new elements: a reference
    for (int i = 0; i < k; i++) {
        items.push_back(i + 1);
    }
}

int renamed(string name) {
    // rebinds its string: a copy
    name = name + '?';
    return (int) name.length();
}

int run(int k) {
    vector<int> items = {1};
    grow(items, k);
    return total(items, "xy") * 100 + renamed("abc") * 10 + (int) items.size();
}
