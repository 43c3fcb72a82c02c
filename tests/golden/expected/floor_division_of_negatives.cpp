long long floor_div(long long a, long long b) {
    long long q = a / b;
    return a % b != 0 && (a < 0) != (b < 0) ? q - 1 : q;
}

long long floor_mod(long long a, long long b) {
    long long r = a % b;
    return r != 0 && (r < 0) != (b < 0) ? r + b : r;
}

int mixed(int a, int b) {
    int q = floor_div(a, b);
    int r = floor_mod(a, b);
    return q * 1000 + r;
}
