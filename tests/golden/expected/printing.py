def noisy(n):
    if n < 0:
        print("negative ", n, sep="")
    print(n * 2, "|", 'x', "|", sep="", end="")
    return n + 1
