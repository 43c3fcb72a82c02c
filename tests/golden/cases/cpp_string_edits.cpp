string edited(string s, int i) {
    s.erase(i, 1);
    s.erase(0, 2);
    if (s.length() > 3) s.erase(1, 100);
    s.push_back('!');
    s.pop_back();
    s.pop_back();
    string t = s;
    t.erase(t.length() / 2);
    return s + "|" + t;
}
