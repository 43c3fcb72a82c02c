import bisect


def count_between(arr, n, low, high):
    arr.sort()
    first = bisect.bisect_left(arr, low)
    last = bisect.bisect_right(arr, high)
    v = [0] * n
    for i in range(n):
        v[i] = arr[i] * 2
    tail = bisect.bisect_left(v, high, 1)
    return (last - first) * 100 + tail
