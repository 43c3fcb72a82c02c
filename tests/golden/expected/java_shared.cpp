#include <iostream>
#include <string>
#include <unordered_set>
#include <vector>

using namespace std;

void shared() {
    unordered_set<int> t;
    t.insert(1);
    t.insert(2);
    unordered_set<int>& u = t;
    u.erase(1);
    vector<int> l;
    vector<int>& m = l;
    m.push_back(5);
    m.push_back(6);
    cout << to_string((int) t.size()) + " " + to_string((int) l.size()) + " " + to_string(t.count(1) ? 1 : 0) << endl;
}
