def largest_of_each(a, b, m, n):
    a.sort()
    b.sort()
    return a[m - 1] * 1000 + b[n - 1]
