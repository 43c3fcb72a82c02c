static int tally(int[] values, int n) {
        HashMap<Integer, Integer> counts = new HashMap<>();
        TreeMap<Integer, Long> sums = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            counts.merge(values[i], 1, Integer::sum);
            sums.merge(values[i] % 3, (long) values[i], Long::sum);
            counts.putIfAbsent(values[i] * 10, i);
        }
        long total = counts.size() * 1000 + counts.get(values[0]) * 100 + counts.get(values[0] * 10);
        for (Map.Entry<Integer, Long> e : sums.entrySet()) total = total * 7 + e.getKey() + e.getValue();
        return (int) (total % 1000003);
    }
