static int longestWindow(int[] values, int n, int limit) {
        HashMap<Integer, Integer> counts = new HashMap<Integer, Integer>() {
            @Override
            public Integer get(Object key) {
                if (!containsKey(key)) return 0;
                return super.get(key);
            }
        };
        int best = 0, left = 0;
        for (int right = 0; right < n; right++) {
            counts.put(values[right], counts.get(values[right]) + 1);
            while (counts.get(values[right]) > limit) {
                counts.put(values[left], counts.get(values[left]) - 1);
                left++;
            }
            best = Math.max(best, right - left + 1);
        }
        counts.clear();
        return best * 100 + counts.size() + counts.get(42);
    }
