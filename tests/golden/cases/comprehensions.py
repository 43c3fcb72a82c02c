def even_squares(n):
    squares = [i * i for i in range(n) if i % 2 == 0]
    total = sum(x for x in squares if x > 4)
    return total + len(squares) + max(squares)
