long long int product(int a, int b) {
    return (long long) ((unsigned long long) (long long) a * (long long) b);
}
