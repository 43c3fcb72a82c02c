long long factorial(int n) {
    long long result = 1;
    for (int i = 2; i < n + 1; i++) {
        result = result * i;
    }
    return result;
}
