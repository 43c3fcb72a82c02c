static long f(long n) { return n + 1; }
