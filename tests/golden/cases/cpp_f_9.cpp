int f(int a[], int n) { return a[0]; }
