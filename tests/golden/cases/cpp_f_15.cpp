int f(int a[]) { int *p = a; return p[0]; }
