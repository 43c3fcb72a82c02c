#include <vector>

using namespace std;

int shuffle(int n) {
    vector<int> s;
    for (int i = 0; i < n; i++) {
        s.insert(s.begin() + 0, i);
    }
    s.erase(s.begin() + 0);
    int k = 1;
    int removed = s[k];
    s.erase(s.begin() + k);
    int x = removed;
    bool flag = false;
    flag = (int) s.size() > 2;
    return x * 100 + (int) s.size() * 10 + flag;
}
