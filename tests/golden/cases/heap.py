import heapq

def kth_smallest(arr, n, k):
    heap = []
    for i in range(n):
        heapq.heappush(heap, arr[i])
    value = 0
    for _ in range(k):
        value = heapq.heappop(heap)
    return value
