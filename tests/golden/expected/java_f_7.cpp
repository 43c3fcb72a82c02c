long int f(long int n) {
    return (long long) ((unsigned long long) n + 1);
}
