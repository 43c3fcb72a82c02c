
int twice(int n) {
    map<int, int> m;
    for (int i = -n; i < n; i++) m[i] = i;
    for (auto p : m) m[p.first] = p.second * 2;
    int total = 0;
    for (auto p : m) total = total * 3 + p.second;
    return total;
}
