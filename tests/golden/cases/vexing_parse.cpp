int squares_sum(int n, string s) {
    vector<int> v(n);
    string copy(s);
    for (int i = 0; i < n; i++) v[i] = i * i;
    vector<int> w(v);
    w.push_back(copy.length());
    int total = 0;
    for (int x : w) total += x;
    return total + v.size();
}
