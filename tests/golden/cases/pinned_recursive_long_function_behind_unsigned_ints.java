static long dfact(long n) { if (n == 0 || n == 1) return 1; return n * dfact(n - 2); }
