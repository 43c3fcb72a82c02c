long long dfact_impl(long long n) {
    if (n == 0 || n == 1) {
        return 1;
    }
    return n * dfact_impl(n - 2);
}

unsigned int dfact(unsigned int n) {
    return (unsigned int) dfact_impl((long long) n);
}
