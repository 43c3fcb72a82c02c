def int32(x):
    """x reduced to a signed 32-bit integer (two's complement), as Java's int arithmetic wraps
    around, and C++'s int arithmetic as g++ on x86-64 computes it (ISO C++ leaves its overflow
    undefined)."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000


def digits_and_skips(n, arr, m):
    count = 0
    while True:
        count = int32(count + 1)
        n = int(n / 10)
        if n == 0:
            break
    total = 0
    i = 0
    while i < m:
        if arr[i] < 0:
            i += 1
            i = int32(i + 1)
            continue
        total = int32(total + arr[i])
        i = int32(i + 1)
    k = 10
    while True:
        keep_going = k != 0
        k -= 1
        if not keep_going:
            break
        total = int32(total + k)
    return int32(count * 1000 + total)
