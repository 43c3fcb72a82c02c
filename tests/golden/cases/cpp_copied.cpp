#include <bits/stdc++.h>
using namespace std;


void copied() {
    vector<int> a = {1, 2, 3};
    vector<int> b = a;
    b[0] = 7;
    set<int> s;
    s.insert(4);
    set<int> u = s;
    u.insert(9);
    vector<int> c;
    c = a;
    c.push_back(8);
    cout << a[0] << " " << b[0] << " " << s.size() << " " << u.size() << " " << a.size() << " " << c.size() << endl;
    map<int, int> m;
    m[1] = 2;
    map<int, int> n = m;
    n[3] = 4;
    unordered_map<int, int> h;
    h[5] = 6;
    unordered_map<int, int> g = h;
    g[7] = 8;
    cout << m.size() << " " << n.size() << " " << n[1] << " " << h.size() << " " << g.size() << " " << g[5] << endl;
}
