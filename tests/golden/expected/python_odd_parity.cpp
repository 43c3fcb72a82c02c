bool odd_parity(unsigned int n) {
    long long n_long = n;
    int parity = 0;
    while (n_long != 0) {
        parity = ~parity;
        n_long = n_long & (n_long - 1);
    }
    return parity != 0;
}
