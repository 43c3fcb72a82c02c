
    static double first(double[] a, int n) {
        HashSet<Double> s = new HashSet<>();
        for (int i = 0; i < n; i++) s.add(a[i]);
        for (double x : s) return x;
        return 0;
    }
