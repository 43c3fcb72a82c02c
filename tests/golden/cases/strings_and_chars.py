def encode(s):
    out = ""
    vowels = 0
    for ch in s:
        if ch in "aeiou":
            vowels += 1
        if ch.isalpha():
            out += ch.upper()
        else:
            out += "_"
    return out + str(vowels) + chr(ord('a') + len(s) % 26)
