int grow(string& s_arg, int k) {
    string s = s_arg;
    s = s + "ab";
    return (int) s.length() + k;
}
