def int32(x):
    """x reduced to a signed 32-bit integer (two's complement), as Java's int arithmetic wraps
    around, and C++'s int arithmetic as g++ on x86-64 computes it (ISO C++ leaves its overflow
    undefined)."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000


def count_pairs(arr, n, k):
    count = 0
    for i in range(n):
        for j in range(i + 1, n):
            if int32(arr[i] + arr[j]) % k == 0:
                count = int32(count + 1)
    return count
