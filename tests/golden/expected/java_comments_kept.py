# Counting with comments that must survive translation.


def int32(x):
    """x reduced to a signed 32-bit integer (two's complement), as Java's int arithmetic wraps
    around, and C++'s int arithmetic as g++ on x86-64 computes it (ISO C++ leaves its overflow
    undefined)."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000


def evens(v):
    """How many of the numbers are even.

    @param v the numbers, left unchanged
    """
    # one pass
    count = 0
    # every element
    for x in v:
        if x % 2 == 0:  # an even one
            count += 1
    # odd ones
    # are skipped
    # done
    return count


def run(arr, n):
    """Appends the evens count of arr to a list and reports the list's size."""
    v = []
    for i in range(n):  # copy in
        v.append(arr[i])
    v.append(evens(v))  # the count is a number too
    return int32(len(v) * 100 + evens(v))
