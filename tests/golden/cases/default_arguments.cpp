long long fib(int n, long long a = 0, long long b = 1) { return n == 0 ? a : fib(n - 1, b, a + b); }
