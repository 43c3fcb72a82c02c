string build(int n) {
    string s = "";
    for (int i = 0; i < n; i++) {
        s += (char) ('a' + i % 26);
        if (i % 3 == 0) s += "-";
    }
    s.push_back('!');
    return s + to_string(n);
}
