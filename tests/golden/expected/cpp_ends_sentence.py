def ends_sentence(str):
    len_ = len(str)
    if len_ == 0 or str[len_ - 1] != '.':
        return False
    index = 0
    while index < len(str):
        if str[index] == '.':
            return index + 1 >= len(str)
        index += 1
    return False
