long int f(long int n) {
    return n + 1;
}
