string f(string s) { swap(s[0], s[s[0] - 'a']); return s; }
