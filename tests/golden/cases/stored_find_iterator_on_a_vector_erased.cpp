int unpaired(string str, int k) {
    vector<char> open;
    for (int i = 0; i < str.length(); i++) {
        auto pos = find(open.begin(), open.end(), str[i]);
        if (pos != open.end()) {
            auto again = find(open.begin(), open.end(), str[i]);
            open.erase(again);
        } else open.push_back(str[i]);
    }
    map<int, int> m;
    for (int i = 0; i < k; i++) m[i % 3] += i;
    auto it = m.find(1);
    if (it != m.end()) m.erase(it);
    int total = 0;
    for (auto p : m) total = total * 10 + p.second;
    return (int) open.size() * 1000 + total;
}
