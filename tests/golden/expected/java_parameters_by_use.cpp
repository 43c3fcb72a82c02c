#include <string>
#include <vector>

using namespace std;

/** Only reads its list and its string: const references in C++. */
int weight(const vector<int>& v, const string& s) {
    int total = (int) s.length();
    for (int x : v) {
        total = (int) ((unsigned int) total + x);
    }
    return total;
}

/** Changes the caller's list in place: a reference. */
void addTwice(vector<int>& v, int x) {
    v.push_back(x);
    v.push_back(x);
}

/** Passes its list on to a function that changes it: a reference too. */
void fill_(vector<int>& v, int n) {
    for (int i = 0; i < n; i++) {
        addTwice(v, i);
    }
}

/** Rebinds its string and its list but changes neither object: copies in C++. */
int rebound(string s, vector<int> v) {
    s = s + "!";
    v = vector<int>();
    v.push_back((int) s.length());
    return v[0];
}

int run(int n) {
    vector<int> v;
    fill_(v, n);
    string s = "ab";
    int r = rebound(s, v);
    return (int) ((unsigned int) weight(v, s) * 1000 + (unsigned int) r * 100 + (int) v.size());
}
