
    static int keys(int n) {
        HashMap<Integer, LinkedHashSet<Integer>> g = new HashMap<>();
        for (int i = 0; i < n; i++) g.put(i * 16, new LinkedHashSet<>());
        int first = -1;
        for (int k : g.keySet()) { first = k; break; }
        return first;
    }
