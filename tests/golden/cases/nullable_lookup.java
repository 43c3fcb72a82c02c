static int pairsWithEqualSums(int[] values, int n) {
        HashMap<Integer, Integer> seen = new HashMap<>();
        int pairs = 0;
        for (int i = 0; i < n; i++) {
            int key = values[i] % 5;
            Integer before = seen.get(key);
            if (before != null && before > 1) pairs += before * 10;
            if (before == null) seen.put(key, 1);
            else { pairs += before; seen.put(key, before + 1); }
        }
        return pairs + seen.size();
    }
