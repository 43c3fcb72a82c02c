int g(int n) { int c = 0; for (int i = 1; i <= n; i++) c += i / 2; return c; }
