long int triangle(int n) { long int total = 0; for (int i = 1; i <= n; i++) total += i; return total; }
