def spell(n):
    parts = []
    for i in range(n):
        parts.append(str(i * 11))
    letters = list("abc")
    letters[0] = "z"
    return "-".join(parts) + "|" + "".join(letters) + "|" + ", ".join(letters)
