
int grow(int n) {
    vector<int> values(n, 0);
    for (int i = 0; i < n; i++) values[i] = i * i;
    values.push_back(7);
    int total = 0;
    for (int v : values) total += v;
    return total;
}
