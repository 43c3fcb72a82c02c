
    static int firstKey() {
        Map<Integer, Integer> m = new TreeMap<>();
        m.put(50, 1);
        m.put(3, 1);
        for (int k : m.keySet()) return k;
        return -1;
    }
