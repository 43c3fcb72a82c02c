def report(n, label: str):
    if n < 0:
        print("negative", n, n < -5)
    print(label, n, end=" ")
    print("a", "b", 7, sep="-")
    print()
    return n * 2
