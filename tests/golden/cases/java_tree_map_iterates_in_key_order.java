static long key_order(int[] arr, int n) {
    TreeMap<Integer, Integer> counts = new TreeMap<>();
    for (int i = n - 1; i >= 0; i--) counts.put(arr[i], counts.getOrDefault(arr[i], 0) + 1);
    long t = 0;
    for (int k : counts.keySet()) t = t * 10 + k;
    for (int v : counts.values()) t = t * 10 + v;
    for (Map.Entry<Integer, Integer> e : counts.entrySet()) t = t * 10 + e.getKey();
    return t;
}
