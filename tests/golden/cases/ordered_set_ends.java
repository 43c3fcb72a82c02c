static int spread(int[] values, int n) {
        TreeSet<Integer> seen = new TreeSet<>();
        int total = 0;
        for (int i = 0; i < n; i++) {
            seen.add(values[i]);
            total = total * 3 + seen.first() - seen.last();
        }
        return total;
    }
