long long prefix(long long a[], int n) { a[0] = 0; for (int i = 1; i < n; i++) a[i] = a[i - 1] + i; fill(a + n - 1, a + n, 7); return a[n - 2] * 1000000000LL; }
