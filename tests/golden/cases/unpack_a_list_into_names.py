def qualified(target: str) -> str:
    # a list unpacked into names: ValueError unless it has exactly that many elements
    try:
        head, tail = target.rsplit(".", 1)
    except ValueError:
        return "no dot"
    words = tail.split(":")
    if len(words) == 2:
        a, b = words
        return head + "|" + b + "|" + a
    return head + "|" + tail
