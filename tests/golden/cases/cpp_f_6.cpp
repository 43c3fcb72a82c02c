int f(int X[], int n) { return X[0] + n; }
