int f(int m) { int a[m]; memset(a, 0, m); return a[0]; }
