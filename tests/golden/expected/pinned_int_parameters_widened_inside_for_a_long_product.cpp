long long int product(int a, int b) {
    return (long long) a * (long long) b;
}
