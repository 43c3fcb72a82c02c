int repeated_sum(int arr[], int n) {
    map<int, int> count;
    for (int i = 0; i < n; i++) count[arr[i]]++;
    int total = 0;
    for (auto it = count.begin(); it != count.end(); it++)
        if (it->second > 1) total += it->first * it->second;
    return total;
}
