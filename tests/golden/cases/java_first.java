
    static int first(int[] a, int n) {
        Set<Integer> s = new LinkedHashSet<>();
        if (n > 3) s = new HashSet<>();
        for (int i = 0; i < n; i++) s.add(a[i]);
        for (int x : s) return x;
        return -1;
    }
