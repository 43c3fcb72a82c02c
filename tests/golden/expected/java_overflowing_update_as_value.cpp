#include <string>
#include <vector>

using namespace std;

int fill_(vector<char>& path, int p) {
    for (int i = 0; i < (int) path.size(); i++) {
        if (i % 2 == 0) {
            int old = p;
            p = (int) ((unsigned int) p + 1);
            path[old & 3] = '/';
        }
    }
    return p;
}

int bump(vector<int>& val) {
    int lastSum = 0;
    for (int i = (int) val.size() - 1; i >= 0 && lastSum == 0; i--) {
        val[i] = (int) ((unsigned int) val[i] + 1);
        lastSum = val[i];
    }
    return lastSum;
}

string cut(const string& attribute) {
    int pos = (int) attribute.find(':');
    if (pos == -1) {
        return attribute;
    }
    int old = pos;
    pos = (int) ((unsigned int) pos + 1);
    string s = attribute.substr(0, old);
    return s + "|" + attribute.substr(pos);
}

int pre(int n, int k) {
    n = (int) ((unsigned int) n + 1);
    int total = (int) ((unsigned int) n * 2);
    k = (int) ((unsigned int) k + n);
    if (k > 10) {
        return (int) ((unsigned int) total + k);
    }
    int old = n;
    n = (int) ((unsigned int) n - 1);
    return old;
}

int overflowingUpdates(int n, int k, const string& s) {
    vector<char> path(5, '\0');
    vector<int> val = {n, k, -1, -1};
    vector<int> zero = {0, 0};
    return (int) ((unsigned int) fill_(path, n) + bump(val) + bump(zero) + val[1] + (unsigned int) (int) cut(s).length() * 7 + (unsigned int) pre(n, k) * 3 + pre(k, n));
}
