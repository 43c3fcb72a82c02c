int f(int x) { map<int, int> m; auto it = m.find(x); m[x] = 1; return it != m.end(); }
