string edit_all(int arr[], int n, string s) {
    vector<int> v(arr, arr + n);
    v.erase(v.begin() + 1);
    v.insert(v.begin() + 2, 99);
    v.erase(v.begin());
    vector<pair<int, int>> pairs;
    pairs.emplace_back(v[0], 5);
    pairs.emplace_back(make_pair(6, v.back()));
    sort(arr, arr + n);
    bool found = binary_search(arr, arr + n, 7);
    s.insert(1, "ab");
    s.insert(0, 2, 'z');
    s.insert(s.length(), 1, '.');
    int total = pairs[0].first + pairs[1].second + found;
    for (int x : v) total = total * 7 + x;
    return s + to_string(total);
}
