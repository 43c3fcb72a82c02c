int noisy(int n) {
    if (n < 0) cout << "negative " << n << endl;
    printf("%d|%c|", n * 2, 'x');
    return n + 1;
}
