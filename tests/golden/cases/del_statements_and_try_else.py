def edit(a: list[int], i: int, j: int, k: int, key: str) -> str:
    # del of a list slice (clamped as Python clamps), of a list element (negative counts from the
    # end, out of range raises), of a dict key (a missing one raises); try ... except ... else
    b = list(a)
    del b[i:j]
    counts = {"x": 1, "y": 2, "zz": 3}
    outcome = "kept"
    try:
        del counts[key]
    except KeyError:
        outcome = "missing"
    else:
        outcome = "removed %d left" % len(counts)
    if -len(b) <= k < len(b):
        del b[k]
    if len(b) > 1:
        del b[-1], b[0]
    return outcome + " " + ",".join(str(v) for v in b)
