def report(n: int, x: float, name: str) -> str:
    ok = n > 0
    head = f"{name}: n={n:>5}|{n:05d}|{n:<4}|{x:.2f}|{x:10.3e}|{x}|{ok}"
    middle = "%s has %d items (%.1f%%) %5d" % (name, n, x, n)
    tail = "{} {:.3f} {name}".format(n, x, name=name) + str(x) + str(ok)
    return head + "/" + middle + "/" + tail
