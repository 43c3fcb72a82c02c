string edit(string s) {
    string t = s;
    size_t p = t.find('a');
    if (p != string::npos) t.replace(p, 1, "A");
    size_t q = t.find('b', 2);
    if (q != string::npos) t.replace(q, 5, "<b>");
    int last = (int) s.rfind("ab");
    return t + "|" + to_string(last);
}

int reshape(int arr[], int n, int k) {
    vector<int> v(arr, arr + n);
    v.resize(v.size() + 2, 9);
    v.resize(k % 4);
    int total = 0;
    for (int x : v) total = total * 10 + x % 10;
    return total * 10 + (int) v.size();
}

int rows(int arr[], int n, string s, int k) {
    return (int) edit(s).size() * 100000 + reshape(arr, n, k);
}
