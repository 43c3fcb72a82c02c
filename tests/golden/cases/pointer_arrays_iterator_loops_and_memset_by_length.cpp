int tally(int arr[], int n, int m) {
    unordered_set<int> evens;
    for (int i = 0; i < n; i++) if (arr[i] % 2 == 0) evens.insert(arr[i]);
    unordered_set<int>::iterator it;
    int count = 0, sum = 0;
    for (it = evens.begin(); it != evens.end(); ++it) { count++; sum += *it; }
    int *hits = new int[m + 1];
    bool seen[m];
    memset(seen, false, m);
    memset(hits, 0, (m + 1) * sizeof(int));
    for (int i = 0; i < n; i++) { seen[arr[i] % m] = true; hits[arr[i] % (m + 1)] += 1; }
    int result = count * 1000 + sum;
    for (int i = 0; i < m; i++) if (seen[i]) result += i * hits[i];
    delete[] hits;
    return result;
}
