int f(int a[], int n) { int s = 0; for (int i = 0; i < n; i += 2) s += a[i] / 3; return s; }
