# A few classic functions; `make demo` translates this file to Java and Python.


def trunc_div(a, b):
    """Integer division rounding toward zero, as in C++ and Java."""
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q


def trunc_mod(a, b):
    """Remainder with the sign of the dividend, as in C++ and Java."""
    return a - b * trunc_div(a, b)


def int32(x):
    """x reduced to a signed 32-bit integer (two's complement), as Java's int arithmetic wraps
    around, and C++'s int arithmetic as g++ on x86-64 computes it (ISO C++ leaves its overflow
    undefined)."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000


def char_lower(c):
    """Java's Character.toLowerCase of a char (C's tolower on ASCII): the one-char mapping; only
    '\u0130' lowers to more chars in Python ('i' and a combining dot): Java gives the 'i'."""
    return c.lower()[0]


MOD = 1000000007


def gcd_of(a, b):
    """Greatest common divisor by Euclid's algorithm."""
    while b != 0:
        r = trunc_mod(a, b)
        a = b
        b = r
    return a


def climb_stairs(n):
    """Number of ways to climb n stairs taking 1 or 2 steps, modulo MOD."""
    ways = [0] * (n + 2)
    ways[0] = 1
    ways[1] = 1
    for i in range(2, n + 1):
        ways[i] = (ways[i - 1] + ways[i - 2]) % MOD
    return ways[n]


def binary_search_index(arr, n, x):
    """Index of x in the sorted array arr[0..n), or -1."""
    low = 0
    high = int32(n - 1)
    while low <= high:
        mid = int32(low + int((high - low) / 2))
        if arr[mid] == x:
            return mid
        if arr[mid] < x:
            low = mid + 1
        else:
            high = mid - 1
    return -1


def is_palindrome(s):
    """True when s reads the same backwards, ignoring case and non-letters."""
    i = 0
    j = len(s) - 1
    while i < j:
        if not s[i].isalpha():
            i += 1
            continue
        if not s[j].isalpha():
            j -= 1
            continue
        if char_lower(s[i]) != char_lower(s[j]):
            return False
        i += 1
        j -= 1
    return True


def lcs(a, b):
    """Length of the longest common subsequence of a and b."""
    m = len(a)
    n = len(b)
    dp = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(1, m + 1):
        for j in range(1, n + 1):
            dp[i][j] = int32(dp[i - 1][j - 1] + 1) if a[i - 1] == b[j - 1] else max(dp[i - 1][j], dp[i][j - 1])
    return dp[m][n]
