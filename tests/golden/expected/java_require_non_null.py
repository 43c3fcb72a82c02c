def checkLength(array, length):
    if length <= 0:
        return 0
    if array is None:
        raise TypeError()
    if array is None:
        raise TypeError("array")
    if length > len(array):
        raise IndexError("Array index out of range: " + str(length - 1))
    return array[length - 1]
