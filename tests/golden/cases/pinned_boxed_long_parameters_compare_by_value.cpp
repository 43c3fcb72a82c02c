long long gap(long long a, long long b) { if (a == b) return -1; return a > b ? a - b : b - a; }
