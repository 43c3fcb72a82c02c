def copy_from(s1, s2, index):
    s2[index] = s1[index]
    if index == len(s1) - 1:
        return ord(s2[0]) * 1000 + ord(s2[index])
    return copy_from(s1, s2, index + 1)
