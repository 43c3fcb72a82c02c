int f(int n) { int g(int); return n; }
