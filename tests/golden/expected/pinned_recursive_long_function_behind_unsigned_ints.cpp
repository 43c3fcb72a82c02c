long long dfact_impl(long long n) {
    if (n == 0 || n == 1) {
        return 1;
    }
    return (long long) ((unsigned long long) n * dfact_impl((long long) ((unsigned long long) n - 2)));
}

unsigned int dfact(unsigned int n) {
    return (unsigned int) dfact_impl((long long) n);
}
