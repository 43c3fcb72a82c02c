def next_binary(bits):
    digits = list(bits)
    i = len(digits) - 1
    while i >= 0 and digits[i] == '1':
        digits[i] = '0'
        i -= 1
    if i < 0:
        return '1' + ''.join(digits)
    digits[i] = '1'
    return ''.join(digits)
