LIMIT = 100
STEP = 7


def clamp_step(x):
    return LIMIT if x + STEP > LIMIT else x + STEP


def walk(start):
    x = start
    steps = 0
    while x < LIMIT:
        x = clamp_step(x)
        steps += 1
    return steps * 1000 + x
