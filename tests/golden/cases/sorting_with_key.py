def closest_to_zero(arr, n):
    ordered = sorted(arr, key=lambda v: abs(v))
    largest = sorted(arr, reverse=True)
    return ordered[0] * 1000 + largest[0]
