#include <bits/stdc++.h>
using namespace std;


void sorted_sets() {
    set<int> s;
    int values[] = {5, -3, 10, -20, 5, 0, -2147483647};
    for (int v : values) s.insert(v);
    s.erase(10);
    for (int x : s) cout << x << " ";
    cout << endl;
    vector<int> v(s.begin(), s.end());
    cout << v[0] << " " << v[v.size() - 1] << " " << *s.begin() << " " << *s.rbegin() << endl;
    for (auto it = s.begin(); it != s.end(); ++it) cout << *it << ",";
    cout << endl;
    set<string> words;
    words.insert("pear");
    words.insert("Zed");
    words.insert("");
    words.insert("apple");
    words.insert("ab");
    for (string w : words) cout << "[" << w << "]";
    cout << endl;
}

void sorted_maps() {
    map<int, int> counts;
    int values[] = {9, -4, 9, 100, 7, -4, 9, -33};
    for (int v : values) counts[v]++;
    counts.erase(100);
    for (auto p : counts) cout << p.first << "=" << p.second << " ";
    cout << endl;
    for (auto it = counts.begin(); it != counts.end(); it++) cout << it->first << ":" << it->second << " ";
    cout << endl;
    vector<pair<int, int>> items(counts.begin(), counts.end());
    cout << items[0].first << " " << items[items.size() - 1].second << endl;
    map<string, int> lengths;
    lengths["pear"] = 4;
    lengths["Zed"] = 3;
    lengths["apple"] = 5;
    lengths[""] = 0;
    for (auto p : lengths) cout << "[" << p.first << "]" << p.second;
    cout << endl;
}

void sorted_pairs() {
    set<pair<int, int>> s;
    int values[] = {7, -2, 4, 7, -9, 12, 0};
    for (int v : values) s.insert(make_pair(v % 3, v));
    for (auto p : s) cout << p.first << "/" << p.second << " ";
    cout << endl;
    map<pair<int, int>, int> m;
    m[make_pair(1, 2)] = 3;
    m[make_pair(-1, 5)] = 4;
    m[make_pair(1, -2)] = 5;
    for (auto e : m) cout << e.first.first << "," << e.first.second << "=" << e.second << " ";
    cout << endl;
}
