int is_even(int n) { if (n % 2 == 0) return 1; return 0; }
