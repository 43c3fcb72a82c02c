long long floor_mod(long long a, long long b) {
    long long r = a % b;
    return r != 0 && (r < 0) != (b < 0) ? r + b : r;
}

int smallest_divisor(int n) {
    int d = 0;
    n = floor_mod(n, 1000);
    bool broke = false;
    for (int d_ = 2; d_ < n; d_++) {
        d = d_;
        if (floor_mod(n, d) == 0) {
            broke = true;
            break;
        }
    }
    if (!broke) {
        return n;
    }
    return d;
}

int find_power(int n) {
    int p = 1;
    bool broke = false;
    while (p < floor_mod(n, 100000)) {
        p *= 2;
        if (p == 64) {
            broke = true;
            break;
        }
    }
    if (!broke) {
        return -p;
    }
    return p;
}

long long both(int n) {
    return (long long) smallest_divisor(n) * 1000 + find_power(n);
}
