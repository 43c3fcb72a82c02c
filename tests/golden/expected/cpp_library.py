def int32(x):
    """x reduced to a signed 32-bit integer (two's complement), as Java's int arithmetic wraps
    around, and C++'s int arithmetic as g++ on x86-64 computes it (ISO C++ leaves its overflow
    undefined)."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000


def int64(x):
    """x reduced to a signed 64-bit integer (two's complement), as Java's long arithmetic wraps
    around, and C++'s long and long long arithmetic as g++ on x86-64 computes it (ISO C++ leaves
    its overflow undefined)."""
    return (x + 0x8000000000000000 & 0xFFFFFFFFFFFFFFFF) - 0x8000000000000000


def c_atoi(s, bits):
    """C's atoi (bits 32), atol/atoll (64) as glibc computes them: strtol's reading (leading
    whitespace, an optional sign, the longest run of digits; 0 without digits, never an error),
    the value saturated to 64 bits, then atoi's (int) of that long wrapped to 32 bits (ISO C
    leaves overflow undefined)."""
    i, n = 0, len(s)
    while i < n and s[i] in " \t\n\v\f\r":
        i += 1
    j = i + 1 if i < n and s[i] in "+-" else i
    k = j
    while k < n and "0" <= s[k] <= "9":
        k += 1
    if k == j:
        return 0
    value = max(-(1 << 63), min(int(s[i:k]), (1 << 63) - 1))
    if bits == 32:
        value = (value + (1 << 31) & 0xFFFFFFFF) - (1 << 31)
    return value


def library_mix(arr, n, digits):
    v = list(arr)
    v.sort()
    s = set(v)
    total = int32(min(s) * 1000 + max(s))
    for i in range(n):
        total += int32((arr[i] & 0xFFFFFFFF).bit_count() * (i + 1))
    total += ((arr[0] * -3) & 0xFFFFFFFFFFFFFFFF).bit_count()
    mask = 5
    total += (mask + c_atoi(digits, 32)) & 0xFFFFFFFF
    filled = [0] * 6
    filled[:6] = [2] * 6
    filled[1:4] = [7] * (4 - 1)
    for i in range(6):
        total = int64(total * 3 + filled[i])
    return int64(total + v[0])
