int g(int a[], int n) { return a[0]; }
int f(int a[], int n) { return g(a, n); }
