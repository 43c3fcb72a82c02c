int lookup(int arr[], int n, int x) {
    unordered_map<int, int> freq;
    for (int i = 0; i < n; i++) freq[arr[i]]++;
    auto it = freq.find(x);
    int result = 0;
    if (it != freq.end()) result = it->first * 100 + it->second;
    else result = -1;
    unordered_map<int, int>::iterator next = freq.find(x + 1);
    if (next == freq.end()) result += 7;
    freq[x + 1] = 5;
    set<int> seen;
    seen.insert(x);
    auto three = seen.find(3);
    return result * 10 + (three != seen.end() ? 1 : 0);
}
