def describe_bits(n, word):
    b = bin(n)
    return b + '|' + str(b.count('1')) + '|' + str(word.count('aa')) + '|' + str(word.count('a')) + '|' + ''.join(reversed(word)) + '|' + bin(n)[2:]
