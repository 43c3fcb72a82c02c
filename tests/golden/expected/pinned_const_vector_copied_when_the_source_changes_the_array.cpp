int bump(const vector<int>& a_arg) {
    vector<int> a = a_arg;
    a[0] += 10;
    return (int) a.size() * 100 + a[0];
}
