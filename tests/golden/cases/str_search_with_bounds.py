def positions(s: str, sub: str, a: int, b: int) -> str:
    # find / rfind / count over s[a:b] with Python's clamping of a and b, an empty sub included
    first = s.find(sub, a, b)
    last = s.rfind(sub, a, b)
    many = s.count(sub, a, b)
    tail = s.find(sub, a)
    anywhere = s.rfind(sub)
    dots = s.count(".", a)
    left = s.split(",", a)
    right = s.rsplit(",", b)
    pre = s.startswith(("ab", "x", sub))
    post = s.endswith(("z", sub))
    return "%d %d %d %d %d %d [%s] [%s] %s %s" % (
        first, last, many, tail, anywhere, dots, "|".join(left), "|".join(right), pre, post)
