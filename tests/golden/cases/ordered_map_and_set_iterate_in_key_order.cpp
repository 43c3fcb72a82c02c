long long key_order(int arr[], int n) {
    map<int, int> counts;
    set<int> seen;
    for (int i = n - 1; i >= 0; i--) { counts[arr[i]]++; seen.insert(arr[i] * 2); }
    long long t = 0;
    for (auto p : counts) t = t * 10 + p.first;
    for (int x : seen) t = t * 100 + x;
    return t;
}
