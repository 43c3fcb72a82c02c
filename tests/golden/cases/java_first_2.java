
    static int first(int[] a, int n) {
        HashMap<Integer, Integer> m = new HashMap<>();
        for (int i = 0; i < n; i++) m.put(a[i], i);
        Set<Integer> keys = m.keySet();
        for (int k : keys) return k;
        return -1;
    }
