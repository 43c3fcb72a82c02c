template <typename T>
T max3(T a, T b, T c) {
    T m = a;
    if (b > m) m = b;
    if (c > m) m = c;
    return m;
}

template <class T>
int countOf(const vector<T> &v, T x) {
    int n = 0;
    for (const T &e : v) {
        if (e == x) n++;
    }
    return n;
}

template <typename T>
vector<T> reversed(const vector<T> &v) {
    vector<T> out;
    for (int i = (int) v.size() - 1; i >= 0; i--) out.push_back(v[i]);
    return out;
}

int template_mix(int arr[], int n, int a, int b, int c) {
    vector<int> v;
    for (int i = 0; i < n; i++) v.push_back(arr[i]);
    typedef long long wide;
    wide top = max3(a, b, c);
    vector<int> r = reversed(v);
    int first = r.empty() ? 0 : r[0];
    return (int) (top % 1000) * 100 + countOf(v, a) * 10 + first % 10;
}
