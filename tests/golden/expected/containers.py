import heapq
from collections import defaultdict
from collections import deque


def int32(x):
    """x reduced to a signed 32-bit integer (two's complement), as Java's int arithmetic wraps
    around, and C++'s int arithmetic as g++ on x86-64 computes it (ISO C++ leaves its overflow
    undefined)."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000


def containers(arr, n):
    count = defaultdict(int)
    seen = set()
    st = []
    q = deque()
    pq = []
    for i in range(n):
        count[arr[i]] = int32(count[arr[i]] + 1)
        seen.add(arr[i])
        st.append(arr[i])
        q.append(int32(arr[i] * 2))
        heapq.heappush(pq, -arr[i])
    result = int32(len(seen) * 1000 + count[arr[0]] * 100)
    if len(st) > 0:
        result = int32(result + st[-1])
    if len(q) > 0:
        result = int32(result + q[0])
    result = int32(result + -pq[0])
    -heapq.heappop(pq)
    if len(pq) > 0:
        result = int32(result + int32(-pq[0] * 7))
    if 3 in seen:
        result = int32(result + 5)
    return result
