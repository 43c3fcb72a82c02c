"""Module-level state: a registry filled by functions, flags and a counter past 32 bits."""

names: list[str] = []
scores: dict[str, float] = {}
verbose = False
calls = 0
big = 3000000000
primes = [2, 3, 5]


def enroll(name, score):
    global calls, verbose
    calls += 1
    if name in scores:
        verbose = True
        return False
    names.append(name)
    scores[name] = score
    return True


def grow():
    global big
    big = big * 3 + calls
    return big


def more_primes(limit):
    candidate = primes[len(primes) - 1] + 2
    while candidate <= limit:
        if all(candidate % p != 0 for p in primes):
            primes.append(candidate)
        candidate += 2
    return len(primes)


if __name__ == "__main__":
    enroll("ada", 3.5)
    enroll("bob", 2.25)
    enroll("ada", 1.0)
    for name in names:
        print(name, scores[name])
    print(calls, verbose, grow(), grow())
    print(more_primes(50), primes[len(primes) - 1])
    verbose = False
    print(verbose, enroll("cy", 0.1), calls)
