bool f(int m) { bool seen[m]; memset(seen, false, m - 1); return seen[0]; }
