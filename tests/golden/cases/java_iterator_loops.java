static int iteratorLoops(int n, int m) {
    List<Integer> xs = new ArrayList<>();
    for (int i = 0; i < 8; i++) xs.add((i * n + m) % 13);
    Iterator<Integer> it = xs.iterator();
    int evens = 0;
    long weighted = 0;
    while (it.hasNext()) {
        int x = it.next();
        if (x < 0) continue;
        if (x == 12) break;
        if (x % 2 == 0) evens++;
        weighted = weighted * 3 + x;
    }
    TreeMap<String, Integer> counts = new TreeMap<>();
    counts.put("a" + n, m);
    counts.put("b", n);
    counts.put("c" + m, n + m);
    for (Iterator<Map.Entry<String, Integer>> e = counts.entrySet().iterator(); e.hasNext();) {
        Map.Entry<String, Integer> entry = e.next();
        weighted = weighted * 7 + entry.getKey().length() * entry.getValue();
    }
    Iterator<String> keys = counts.keySet().iterator();
    String joined = "";
    while (keys.hasNext()) {
        String k = keys.next();
        joined += k;
    }
    return (int) (weighted % 1000003) + evens * 1000 + joined.length();
}
