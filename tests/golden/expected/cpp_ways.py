MOD = 1000000007


def ways(n):
    table = [0] * (n + 2)
    table[0] = 1
    table[1] = 1
    for i in range(2, n + 1):
        table[i] = (table[i - 1] + table[i - 2]) % MOD
    return table[n] % 1000
