
#define MOD 1000000007
long long ways(int n) {
    vector<long long> table(n + 2, 0);
    table[0] = 1;
    table[1] = 1;
    for (int i = 2; i <= n; i++) table[i] = (table[i - 1] + table[i - 2]) % MOD;
    return table[n] % 1000;
}
