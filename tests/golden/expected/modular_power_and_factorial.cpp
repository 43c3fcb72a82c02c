long long floor_mod(long long a, long long b) {
    long long r = a % b;
    return r != 0 && (r < 0) != (b < 0) ? r + b : r;
}

long long mod_stuff(int n, int m) {
    long long power = floor_mod(1, m);
    long long square = floor_mod(n, m);
    long long rest = 13;
    while (rest > 0) {
        if ((rest & 1) == 1) {
            power = floor_mod(power * square, m);
        }
        square = floor_mod(square * square, m);
        rest >>= 1;
    }
    long long factorial1 = 1;
    for (int k = 2; k <= n; k++) {
        factorial1 *= k;
    }
    long long power1 = floor_mod(1, 7);
    long long square1 = floor_mod(-n, 7);
    long long rest1 = 5;
    while (rest1 > 0) {
        if ((rest1 & 1) == 1) {
            power1 = floor_mod(power1 * square1, 7);
        }
        square1 = floor_mod(square1 * square1, 7);
        rest1 >>= 1;
    }
    return power * 1000 + floor_mod(factorial1, m) + power1;
}
