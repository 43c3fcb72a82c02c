# Digit sums, with comments that must survive translation.


def digit_sum(n):
    """Sum of the decimal digits of n (n >= 0)."""
    s = 0  # the running sum
    while n > 0:
        s += n % 10  # last digit
        n //= 10
    return s


def best(arr, n):
    """The largest digit sum among the first n numbers of arr.
    Ties keep the first.
    """
    top = -1
    for i in range(n):
        # a new best?
        if digit_sum(arr[i]) > top:
            top = digit_sum(arr[i])
    return top  # -1 for an empty array
