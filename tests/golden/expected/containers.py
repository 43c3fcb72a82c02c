import heapq
from collections import defaultdict
from collections import deque


def containers(arr, n):
    count = defaultdict(int)
    seen = set()
    st = []
    q = deque()
    pq = []
    for i in range(n):
        count[arr[i]] += 1
        seen.add(arr[i])
        st.append(arr[i])
        q.append(arr[i] * 2)
        heapq.heappush(pq, -arr[i])
    result = len(seen) * 1000 + count[arr[0]] * 100
    if len(st) > 0:
        result += st[-1]
    if len(q) > 0:
        result += q[0]
    result += -pq[0]
    -heapq.heappop(pq)
    if len(pq) > 0:
        result += -pq[0] * 7
    if 3 in seen:
        result += 5
    return result
