
int grow(int n) {
    set<int> s;
    for (int i = 0; i < n; i++) s.insert(i);
    int total = 0;
    for (int x : s) {
        if (x < 3) s.insert(x + 10);
        total += x;
    }
    return total;
}
