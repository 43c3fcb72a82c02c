
    static int copied(int n) {
        Set<Integer> s = new HashSet<>();
        if (n > 2) s = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) s.add(i * 37 % 100);
        HashSet<Integer> t = new HashSet<>(s);
        for (int x : t) return x;
        return -1;
    }
