int count_between(int arr[], int n, int low, int high) {
    sort(arr, arr + n);
    int first = lower_bound(arr, arr + n, low) - arr;
    int last = upper_bound(arr, arr + n, high) - arr;
    vector<long long> v(n);
    for (int i = 0; i < n; i++) v[i] = (long long) arr[i] * 2;
    int tail = lower_bound(v.begin() + 1, v.end(), (long long) high) - v.begin();
    return (last - first) * 100 + tail;
}
