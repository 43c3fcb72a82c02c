MOD = 1000000007


def product_mod(n: int) -> int:
    p = 1
    for i in range(1, n + 1):
        p = p * i % MOD
    return p


def powers(k: int) -> int:
    return 2**k + (1 << k) + 3**k - product_mod(k)
