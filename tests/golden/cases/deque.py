from collections import deque

def rotate_front(arr, n, k):
    d = deque()
    for i in range(n):
        d.append(arr[i])
    for _ in range(k):
        d.append(d.popleft())
    return d.popleft()
