int f(string s) { return s.size(); }
