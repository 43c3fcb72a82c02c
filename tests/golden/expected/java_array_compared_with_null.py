def first_if_set(arr, n):
    chosen = None
    if n > 1:
        chosen = arr
    if arr is None or chosen is None or n <= 0:
        return -1
    return chosen[0] + (1 if chosen is not None else 0)
