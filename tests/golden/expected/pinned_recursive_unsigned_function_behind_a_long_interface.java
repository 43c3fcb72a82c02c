static int factImpl(int n) {
    if (n <= 1) {
        return 1;
    }
    return n * factImpl(n - 1);
}

static long fact(long n) {
    return (long) factImpl((int) n) & 4294967295L;
}
