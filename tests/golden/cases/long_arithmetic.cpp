long long big(int a, int b) { long long r = (long long) a * b; r = r / 7 - r % 7; return r; }
