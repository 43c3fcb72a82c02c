
    static int distinct(int[] a, int n) {
        LinkedHashSet<Integer> seen = new LinkedHashSet<>();
        LinkedHashMap<Integer, Integer> last = new LinkedHashMap<>();
        int total = 0;
        for (int i = 0; i < n; i++) {
            seen.add(a[i]);
            last.put(a[i], i);
        }
        for (int k : last.keySet()) total += k;
        return seen.size() + total;
    }
