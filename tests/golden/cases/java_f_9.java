
    static int f(int[] a, int n) {
        HashMap<Integer, Integer> m = new HashMap<>();
        for (int i = 0; i < n; i++) m.put(a[i], m.getOrDefault(a[i], 0) + 1);
        int res = Integer.MAX_VALUE, count = 0;
        boolean found = false;
        for (int k : m.keySet()) { res = Math.min(res, k); }
        return res + count + (found ? 1 : 0);
    }
