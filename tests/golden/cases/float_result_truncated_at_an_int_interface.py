def midpoint(low, high):
    return (low + high) / 2
