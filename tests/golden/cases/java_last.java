static double last(double[] a, int n) { HashSet<Double> s = new HashSet<>(); for (int i = 0; i < n; i++) s.add(a[i]); return (double) s.toArray()[s.size() - 1]; }
