def rewrite(s, pairs, sep):
    # the dict's key and value types come from what the loop body does with them; replace() of a
    # computed (possibly empty) text; rfind/find of a parameter typed by its use
    for old, new in pairs.items():
        s = s.replace(old, new)
    cut = s.rfind(sep)
    head = s.find(sep, 1)
    return "%s|%d|%d" % (s, cut, head)


def run(s: str, old: str, new: str, sep: str) -> str:
    pairs = {old: new, "b": "B"}
    return rewrite(s, pairs, sep)
