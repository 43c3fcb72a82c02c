int bool_as_number(int a, int b) {
    int s = 0;
    s += (a < b);
    s -= (a == b);
    long long q = 10;
    q *= (a != b);
    s += -(a > b) + ~(a <= b) + ((a >= b) << 3);
    return s * 100 + (int) q;
}
