typedef long long ll;
#define uint unsigned int
ll library_mix(int arr[], int n, string digits) {
    vector<int> v(arr, arr + n);
    sort(v.begin(), v.end());
    set<int> s(v.begin(), v.end());
    ll total = *s.begin() * 1000 + *s.rbegin();
    for (int i = 0; i < n; i++) total += __builtin_popcount(arr[i]) * (i + 1);
    total += __builtin_popcountll((ll) arr[0] * -3);
    uint mask = 5;
    total += mask + atoi(digits.c_str());
    int filled[6];
    fill_n(filled, 6, 2);
    fill_n(filled + 1, 3, 7);
    for (int i = 0; i < 6; i++) total = total * 3 + filled[i];
    return total + v[0];
}
