def tidy(line):
    total = 0
    for word in line.split():
        if word.startswith('ab') or word.endswith('z'):
            total += 100
        total += len(word)
    cleaned = line.strip().replace('ab', '-').replace(' ', '')
    fields = cleaned.split(',')
    return str(total) + '|' + cleaned + '|' + str(len(fields)) + '|' + fields[-1].rstrip('x-') + '|' + line.lstrip()
