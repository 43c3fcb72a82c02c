def direction(n):
    mode = "up"
    if n < 0:
        mode = "down"
    if n == 0:
        mode = "flat"
    r = 0
    if mode == "down":
        r = 1
    if mode != "up" and "up" != mode:
        r += 10
    return r
