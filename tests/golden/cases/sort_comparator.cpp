int by_abs(int arr[], int n) {
    vector<int> v;
    for (int i = 0; i < n; i++) v.push_back(arr[i]);
    sort(v.begin(), v.end(), [](int a, int b) { return abs(a) < abs(b); });
    sort(arr, arr + n, greater<int>());
    int total = 0;
    for (int i = 0; i < n; i++) total = total * 3 + v[i] + arr[i] * 5;
    return total;
}
