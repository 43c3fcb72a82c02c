typedef long long ll;
using pii = pair<int, int>;
using Counts = map<char, int>;

pii min_max(int arr[], int n) {
    if (n == 0) return {0, 0};
    int lo = arr[0], hi = arr[0];
    for (int i = 1; i < n; i++) {
        lo = min(lo, arr[i]);
        hi = max(hi, arr[i]);
    }
    return {lo, hi};
}

string ordered_counts(string s) {
    Counts m;
    for (char c : s) m[c]++;
    string out;
    for (auto& [c, n] : m) out += c + to_string(n);
    return out;
}

ll spread(int arr[], int n, string s) {
    auto [lo, hi] = min_max(arr, n);
    return (ll) (hi - lo) * 1000 + (ll) ordered_counts(s).size();
}
