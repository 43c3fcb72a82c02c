string trim(string s) {
    if ((int) s.length() < 3) {
        string reversed = s;
        reverse(reversed.begin(), reversed.end());
        return reversed;
    }
    return s.substr(1, (int) s.length() - 1 - 1) + s.substr(0, 2) + s.substr((int) s.length() - 2);
}
