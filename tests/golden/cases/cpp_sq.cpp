int sq(int n) { return n * n; }
