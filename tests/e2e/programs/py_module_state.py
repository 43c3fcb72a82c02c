counter = 0
total = 0.0
name = "none"
seen = [3, 1]
memo: dict[int, int] = {}
log: list[str] = []


def bump(k):
    global counter, total, name
    counter += k
    total += 0.5 * k
    name = "bumped"
    seen.append(counter)
    return counter


def fib(n):
    if n in memo:
        return memo[n]
    log.append("f" + str(n))
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r


def reset():
    global counter
    counter = 0


if __name__ == "__main__":
    bump(2)
    bump(3)
    print(counter, total, name, len(seen), seen[2])
    print(fib(60), len(memo), len(log))
    for k in memo:
        print(k, memo[k])
    reset()
    print(counter)
    counter = 7
    print(bump(1))
