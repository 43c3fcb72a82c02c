def most_frequent(arr, n):
    counts = {}
    for i in range(n):
        counts[arr[i]] = counts.get(arr[i], 0) + 1
    best = arr[0]
    for key in counts:
        if counts[key] > counts[best] or counts[key] == counts[best] and key < best:
            best = key
    return best
